/**
 * Response schemas of the contest routes. `JudgeWork` is what a judge receives: it has no author, school or
 * entry id field, so the serializer could not send one even if a handler returned it.
 */
import { Type } from '@sinclair/typebox';
import { type Edition, EditionSchema } from '../../contest/editions/index.ts';
import { Paged } from '../../lib/http-schemas.ts';

const Nullable = <T extends ReturnType<typeof Type.String | typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);
const Counts = Type.Record(Type.String(), Type.Integer());

export const EditionSummary = Type.Object({
  id: Type.String(),
  year: Type.Integer(),
  number: Type.Integer(),
  title: Type.String(),
  status: Type.String(),
  copiedFrom: Nullable(Type.String()),
  updatedAt: Type.String(),
});
export const EditionList = Type.Object({ items: Type.Array(EditionSummary) });
/** The edition as data (EditionSchema; typed as `Edition`, whose literal unions the type provider cannot infer). */
export const EditionDetail = Type.Object({ edition: EditionSummary, data: Type.Unsafe<Edition>(EditionSchema) });

export const Judge = Type.Object({
  id: Type.String(),
  round: Type.String(),
  roundName: Type.String(),
  userId: Type.String(),
  fullName: Type.String(),
});
export const JudgeList = Type.Object({ items: Type.Array(Judge) });

export const Entry = Type.Object({
  id: Type.String(),
  editionId: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  categoryCode: Type.String(),
  title: Type.String(),
  blindCode: Type.String(),
  status: Type.String(),
  statusName: Type.String(),
  round: Type.String(),
  roundName: Type.String(),
  screenReason: Nullable(Type.String()),
  submittedOn: Type.String(),
  fileName: Nullable(Type.String()),
  fileSize: Nullable(Type.Number()),
  mediaUrl: Nullable(Type.String()),
  publicationName: Nullable(Type.String()),
  publishedOn: Nullable(Type.String()),
  publishedUrl: Nullable(Type.String()),
  overlapShare: Nullable(Type.Number()),
  overlapCheckedAt: Nullable(Type.String()),
  authors: Type.Array(Type.Object({ key: Type.String(), fullName: Type.String() })),
  marks: Type.Integer(),
  finalScore: Nullable(Type.Number()),
  markingState: Type.String(),
  createdAt: Type.String(),
});
export const EntryPage = Paged(Entry);
export const EntryDetail = Type.Composite([Entry, Type.Object({ text: Type.String() })]);
export const Registered = Type.Object({
  id: Type.String(),
  notices: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
});
export const Authors = Type.Object({
  staff: Type.Array(Type.Object({ id: Type.String(), fullName: Type.String() })),
  learners: Type.Array(Type.Object({ id: Type.String(), fullName: Type.String() })),
});

export const JudgeWork = Type.Object(
  {
    blindCode: Type.String(),
    categoryCode: Type.String(),
    categoryLabel: Type.String(),
    title: Type.String(),
    text: Type.String(),
    mediaUrl: Nullable(Type.String()),
    /** An audio or video file to fetch from /api/contest/judging/media by the code. */
    mediaFile: Type.Boolean(),
    round: Type.String(),
    myScore: Nullable(Type.Number()),
    marks: Type.Integer(),
    markingState: Type.String(),
  },
  { additionalProperties: false },
);
export const JudgeWorks = Type.Object({
  round: Type.String(),
  roundName: Type.String(),
  scale: Type.Optional(Nullable(Type.Number())),
  markingProblems: Type.Array(Type.String()),
  items: Type.Array(JudgeWork),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const Overlap = Type.Object({
  id: Type.String(),
  entryId: Type.String(),
  blindCode: Type.String(),
  title: Type.String(),
  categoryCode: Type.String(),
  otherKind: Type.String(),
  otherId: Type.String(),
  otherLabel: Type.String(),
  shared: Type.Integer(),
  entryInOther: Type.Number(),
  otherInEntry: Type.Number(),
});
export const OverlapPage = Paged(Overlap);
const Range = Type.Object({ start: Type.Integer(), end: Type.Integer() });
export const SideBySide = Type.Object({
  overlap: Overlap,
  a: Type.Object({ label: Type.String(), text: Type.String() }),
  b: Type.Object({ label: Type.String(), text: Type.String() }),
  passages: Type.Array(Type.Object({ a: Range, b: Range, tokens: Type.Integer() })),
});
export const Queued = Type.Object({ queued: Type.Boolean() });
export const Created = Type.Object({ id: Type.String() });

export const AwardRow = Type.Object({
  entryId: Type.String(),
  blindCode: Type.String(),
  title: Type.String(),
  categoryCode: Type.String(),
  prizeCategory: Type.String(),
  level: Type.String(),
  levelLabel: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  authors: Type.Array(Type.String()),
});
export const AwardList = Type.Object({ items: Type.Array(AwardRow) });
export const Allocation = Type.Object({
  awards: Type.Array(AwardRow),
  ties: Type.Array(
    Type.Object({
      prizeCategory: Type.String(),
      level: Type.String(),
      places: Type.Integer(),
      score: Type.Number(),
      entryIds: Type.Array(Type.String()),
      message: Type.String(),
    }),
  ),
  notices: Type.Array(Type.String()),
});

const Figures = {
  entries: Type.Integer(),
  byCategory: Counts,
  byRound: Counts,
  withdrawn: Type.Integer(),
  screenedOut: Type.Integer(),
  prizes: Type.Integer(),
  prizesByLevel: Counts,
  forumArticles: Type.Object({
    sent: Type.Integer(),
    accepted: Type.Integer(),
    published: Type.Integer(),
    declined: Type.Integer(),
  }),
};
export const Network = Type.Object({
  editionId: Type.String(),
  year: Type.Integer(),
  categories: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
  schools: Type.Array(Type.Object({ organisationId: Type.String(), organisationName: Type.String(), ...Figures })),
  totals: Type.Object(Figures),
});

export const Article = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  year: Type.Integer(),
  title: Type.String(),
  authorName: Type.String(),
  fileName: Nullable(Type.String()),
  status: Type.String(),
  publishedUrl: Nullable(Type.String()),
  publishedOn: Nullable(Type.String()),
  note: Nullable(Type.String()),
  sentOn: Type.String(),
  createdAt: Type.String(),
});
export const ArticlePage = Paged(Article);
export const ArticleCounts = Type.Object({
  items: Type.Array(
    Type.Object({
      organisationId: Type.String(),
      organisationName: Type.String(),
      year: Type.Integer(),
      sent: Type.Integer(),
      accepted: Type.Integer(),
      published: Type.Integer(),
      declined: Type.Integer(),
      total: Type.Integer(),
    }),
  ),
});

const NamedOrganisation = Type.Object({ organisationId: Type.String(), organisationName: Type.String() });
export const Collective = Type.Object({
  awarded: Type.Array(NamedOrganisation),
  tie: Type.Union([
    Type.Object({ places: Type.Integer(), organisations: Type.Array(NamedOrganisation), message: Type.String() }),
    Type.Null(),
  ]),
  notices: Type.Array(Type.String()),
});
