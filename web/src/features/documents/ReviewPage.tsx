/**
 * Kiểm tra và vào sổ: the page image beside the fields the intake engine read (low-confidence ones
 * highlighted), requirements editable; saving corrects the draft, "Vào sổ" registers it and shows
 * the số đến. A possible duplicate is shown to the clerk, who may still register.
 */
import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, ApiError, client, isNotFound, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { DateField } from '../../components/DateField.tsx';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { formatDate, todayInVietnam } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useMe } from '../../session/SessionContext.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { SignaturesPanel } from '../letters/SignaturesPanel.tsx';
import { documentTitle, statusTone } from './documentLabels.ts';
import type { DocumentDetail, DuplicateDetails } from './documentTypes.ts';
import { DeleteDraftButton } from './DeleteDraftButton.tsx';
import { LetterViewer } from './LetterViewer.tsx';
import { RegisteredCard } from './RegisteredCard.tsx';
import { stampIsOwn } from './stampReceiver.ts';
import { Checked, ReviewFields, draftOf, patchOf, type ReviewDraft } from './ReviewFields.tsx';
import { PageReadingStatus, ReceiverWarning } from './PageReading.tsx';
import './documents.css';
import { useSingleFlight } from '../../lib/useSingleFlight.ts';

/** The intake engine is still reading the upload (OCR): the page polls until it is done. */
function isReading(doc: DocumentDetail | undefined): boolean {
  return !!doc?.intake && (doc.intake.state === 'queued' || doc.intake.state === 'running');
}

function duplicateOf(error: unknown): DuplicateDetails['duplicate'] | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return (error.details as DuplicateDetails | undefined)?.duplicate ?? null;
}

export function ReviewPage({ documentId }: { documentId: string }) {
  const { data, error, isPending, refetch } = $api.useQuery(
    'get',
    '/api/documents/{id}',
    { params: { path: { id: documentId } } },
    { refetchInterval: (query) => (isReading(query.state.data) ? 2000 : false) },
  );
  const [draft, setDraft] = useState<ReviewDraft | null>(null);
  const [receivedDate, setReceivedDate] = useState(todayInVietnam());
  const [forwardedTo, setForwardedTo] = useState('');
  const [fileReference, setFileReference] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const reading = isReading(data);
  // The leaders of the clerk's own school (the same list as the phiếu's "Trình"), the usual one preselected.
  const settings = $api.useQuery('get', '/api/direction-settings', {
    params: { query: { organisationId: useMe().organisation.id } },
  });
  const [leaderId, setLeaderId] = useState<string | null>(null);
  const [presenting, setPresenting] = useState<string | null>(null);
  const leader = leaderId ?? settings.data?.usualLeaderId ?? '';

  useEffect(() => {
    if (!data) return;
    setDraft(draftOf(data));
    // Another body's ĐẾN stamp gives that body's date, not the school's: it is not pre-filled.
    const stampDate = stampIsOwn(data.stamp?.receiver, data.organisationName) === false ? null : data.stamp?.date;
    if (data.receivedDate || stampDate) setReceivedDate(data.receivedDate ?? stampDate ?? todayInVietnam());
    setForwardedTo(data.forwardedTo ?? '');
    setFileReference(data.fileReference ?? '');
  }, [data]);

  const saveDraft = (value: ReviewDraft) =>
    unwrap(
      client.PATCH('/api/documents/{id}', { params: { path: { id: documentId } }, body: patchOf(value) as never }),
    );
  const save = useMutation({
    mutationFn: saveDraft,
    onSuccess: (next) => {
      setDraft(draftOf(next));
      setSaved('Đã lưu thông tin văn bản.');
    },
  });
  // Registering saves the corrected fields first, then asks for the số đến.
  const register = useMutation({
    mutationFn: async ({
      value,
      confirmDuplicate,
      presentTo,
    }: {
      value: ReviewDraft;
      confirmDuplicate: boolean;
      presentTo: string | null;
    }) => {
      await saveDraft(value);
      const body = {
        receivedDate,
        forwardedTo: forwardedTo.trim() || null,
        fileReference: fileReference.trim() || null,
        ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
      };
      const doc = await unwrap(
        client.POST('/api/documents/{id}/register', { params: { path: { id: documentId } }, body }),
      );
      if (!presentTo) return { doc, presentedTo: null, presentError: null };
      // One step: registered, then presented. If presenting fails the letter stays registered and the
      // success screen offers "Trình" on the phiếu.
      try {
        await unwrap(
          client.POST('/api/documents/{id}/present', {
            params: { path: { id: documentId } },
            body: { leaderId: presentTo, note: null },
          }),
        );
        const name = settings.data?.leaders.find((l) => l.id === presentTo)?.fullName ?? 'lãnh đạo';
        return { doc, presentedTo: name, presentError: null };
      } catch (e) {
        return { doc, presentedTo: null, presentError: e };
      }
    },
    onMutate: () => setSaved(null),
    onSuccess: () => invalidate('/api/documents', '/api/registers', '/api/home', '/api/desk', '/api/notifications'),
  });
  const busy = save.isPending || register.isPending;
  const once = useSingleFlight();
  const duplicate = duplicateOf(register.error);
  const actionError = save.error ?? (duplicate ? null : register.error);
  const registered = register.data?.doc ?? null;

  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="văn bản" />;
  if (isPending) return <Loading />;
  if (!data || !draft) return <ErrorBanner error={error} onRetry={() => void refetch()} />;

  const submitRegister = (confirmDuplicate: boolean, presentTo: string | null = presenting) => {
    if (busy) return;
    save.reset();
    setPresenting(presentTo);
    once(() => register.mutateAsync({ value: draft, confirmDuplicate, presentTo }));
  };

  if (registered)
    return (
      <RegisteredCard
        doc={registered}
        presentedTo={register.data?.presentedTo ?? null}
        presentError={register.data?.presentError ?? null}
      />
    );

  const editable = data.status === 'draft' || data.status === 'arrived';
  return (
    <>
      <p className="breadcrumb">
        <Link to="/van-ban-den">Văn bản đến</Link> › Kiểm tra và vào sổ
      </p>
      <PageHeader
        title="Kiểm tra và vào sổ"
        subtitle={
          <>
            <Badge tone={statusTone(data.status)}>{data.statusLabel}</Badge> {documentTitle(data)}
          </>
        }
      />
      {reading ? (
        <div className="banner banner--info" role="status">
          <span className="spinner" aria-hidden="true" /> Hệ thống đang đọc văn bản (OCR); thông tin sẽ tự điền khi
          xong.
        </div>
      ) : null}
      <ReceiverWarning doc={data} />
      <PageReadingStatus doc={data} />
      {data.intake?.state === 'failed' ? (
        <div className="banner banner--warning" role="alert">
          Không đọc được tệp: {data.intake.error ?? 'lỗi không rõ'}. Hãy nhập thông tin bằng tay.
        </div>
      ) : null}
      {!editable ? (
        <div className="banner banner--info">
          Văn bản đã vào sổ. <Link to={`/van-ban/${encodeURIComponent(data.id)}`}>Xem văn bản</Link>
        </div>
      ) : null}
      {data.confidence ? (
        <p className="muted small">Ô nền vàng: hệ thống đọc với độ tin cậy dưới 80%, cần đối chiếu kỹ với bản gốc.</p>
      ) : null}
      <SuccessBanner message={saved} onClose={() => setSaved(null)} />
      <SignaturesPanel documentId={data.id} />
      <div className="review-layout">
        <LetterViewer documentId={data.id} files={data.files} ocrText={data.ocrText} pinned />
        <section className="card" aria-label="Thông tin văn bản">
          <ReviewFields draft={draft} confidence={data.confidence} onChange={setDraft} />
          {editable ? (
            <fieldset className="review-register">
              <legend>Vào sổ văn bản đến</legend>
              <div className="doc-grid">
                <Checked name="receivedDate" confidence={data.confidence}>
                  <DateField
                    label="Ngày đến"
                    value={receivedDate}
                    onChange={setReceivedDate}
                    warning={
                      stampIsOwn(data.stamp?.receiver, data.organisationName) === false
                        ? `Dấu ĐẾN trên bản quét là của “${data.stamp?.receiver}”, không phải của ${data.organisationName}: số và ngày trên dấu là của cơ quan đó. Hãy nhập ngày trường nhận văn bản.`
                        : null
                    }
                  />
                </Checked>
                <div className="field">
                  <label className="field__label" htmlFor="rv-forward">
                    Chuyển (đơn vị, người nhận)
                  </label>
                  <input id="rv-forward" value={forwardedTo} onChange={(e) => setForwardedTo(e.target.value)} />
                </div>
                <div className="field">
                  <label className="field__label" htmlFor="rv-file">
                    Số và ký hiệu hồ sơ
                  </label>
                  <input id="rv-file" value={fileReference} onChange={(e) => setFileReference(e.target.value)} />
                </div>
              </div>
              {duplicate ? (
                <div className="banner banner--warning" role="alert">
                  <span>
                    Có thể trùng với văn bản đã vào sổ: số đến{' '}
                    <strong>
                      {duplicate.registerNumber}/{duplicate.registerYear}
                    </strong>
                    , ngày đến {formatDate(duplicate.receivedDate)}.{' '}
                  </span>
                  <Link to={`/van-ban/${encodeURIComponent(duplicate.id)}`} target="_blank">
                    Xem văn bản đó
                  </Link>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    disabled={busy}
                    onClick={() => submitRegister(true)}
                  >
                    Không trùng, vẫn vào sổ
                  </button>
                </div>
              ) : null}
              <div className="field">
                <label className="field__label" htmlFor="rv-leader">
                  Trình lãnh đạo
                </label>
                <select id="rv-leader" value={leader} onChange={(e) => setLeaderId(e.target.value)}>
                  <option value="">— Chỉ vào sổ, chưa trình —</option>
                  {(settings.data?.leaders ?? []).map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.fullName}
                      {l.title ? ` — ${l.title}` : ''}
                    </option>
                  ))}
                </select>
                {settings.data?.usualLeaderId && leader === settings.data.usualLeaderId ? (
                  <p className="field__hint">Lãnh đạo thường nhận trình của đơn vị (đã chọn sẵn).</p>
                ) : null}
              </div>
              <ErrorBanner error={actionError} />
              <div className="form-actions">
                {leader ? (
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={busy || reading}
                    onClick={() => submitRegister(false, leader)}
                  >
                    {busy ? 'Đang xử lý…' : 'Vào sổ và trình'}
                  </button>
                ) : null}
                <button
                  type="button"
                  className={`button${leader ? '' : ' button--primary'}`}
                  disabled={busy || reading}
                  onClick={() => submitRegister(false, null)}
                >
                  {busy && !leader ? 'Đang xử lý…' : 'Vào sổ và cấp số đến'}
                </button>
                <button type="button" className="button" disabled={busy} onClick={() => save.mutate(draft)}>
                  Lưu nháp
                </button>
                {data.status === 'draft' ? <DeleteDraftButton documentId={data.id} incoming /> : null}
              </div>
            </fieldset>
          ) : null}
        </section>
      </div>
    </>
  );
}
