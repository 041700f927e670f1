/**
 * Trang chủ: a greeting, then the role's work queues (the cards the server sends with `items`: letters
 * waiting to be registered or presented, letters waiting for direction, my tasks by deadline, directives
 * behind schedule…), each listing its first items and linking to the full list; then the overview counts.
 */
import { $api } from '../../api/client.ts';
import type { HomeCard } from '../../api/types.ts';
import { EmptyState, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { formatDate, formatNumber, todayInVietnam } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useMe } from '../../session/SessionContext.tsx';

function CardValue({ value }: { value: HomeCard['value'] }) {
  const numeric = /^\d+$/.test(value) ? Number(value) : null;
  return <span className="home-card__value">{numeric !== null ? formatNumber(numeric) : value}</span>;
}

function HomeCardView({ card }: { card: HomeCard }) {
  const body = (
    <>
      <span className="home-card__label">{card.label}</span>
      <CardValue value={card.value} />
      {card.hint ? <span className="home-card__hint">{card.hint}</span> : null}
    </>
  );
  return card.href ? (
    <Link to={card.href} className="home-card home-card--link">
      {body}
    </Link>
  ) : (
    <div className="home-card">{body}</div>
  );
}

type HomeItem = NonNullable<HomeCard['items']>[number];

function QueueItem({ item }: { item: HomeItem }) {
  const content = (
    <>
      <span className="home-queue__title">{item.title}</span>
      {item.meta ? <span className="home-queue__meta">{item.meta}</span> : null}
    </>
  );
  return (
    <li className={`home-queue__item${item.tone ? ` home-queue__item--${item.tone}` : ''}`}>
      {item.href ? <Link to={item.href}>{content}</Link> : content}
    </li>
  );
}

/** A work queue: its name and count, the first items, and a link to everything. */
function QueueCard({ card }: { card: HomeCard }) {
  const items = card.items ?? [];
  return (
    <section className="home-queue" aria-label={card.label}>
      <header className="home-queue__header">
        <h2 className="home-queue__label">{card.label}</h2>
        <span className="home-queue__count">{card.value}</span>
      </header>
      {items.length ? (
        <ul className="home-queue__items">
          {items.map((item) => (
            <QueueItem key={item.href ?? item.title} item={item} />
          ))}
        </ul>
      ) : (
        <p className="home-queue__empty">{card.emptyText ?? 'Không có mục nào.'}</p>
      )}
      {card.href ? (
        <Link to={card.href} className="home-queue__all">
          Xem tất cả
        </Link>
      ) : null}
    </section>
  );
}

export function HomePage() {
  const me = useMe();
  const { data, error, isPending, refetch } = $api.useQuery('get', '/api/home');
  const reload = () => void refetch();
  const queues = data?.cards.filter((c) => c.items !== undefined) ?? [];
  const counts = data?.cards.filter((c) => c.items === undefined) ?? [];

  return (
    <>
      <PageHeader
        title={data?.title ?? 'Trang chủ'}
        subtitle={
          <>
            {me.roleLabel} · {me.organisation.name} · Hôm nay {formatDate(todayInVietnam())}
          </>
        }
      />
      <ErrorBanner error={error} onRetry={reload} />
      {isPending ? <Loading /> : null}
      {data && data.cards.length === 0 ? (
        <EmptyState title="Chưa có thông tin để hiển thị">
          Các số liệu sẽ xuất hiện khi trường bắt đầu sử dụng hệ thống.
        </EmptyState>
      ) : null}
      {queues.length > 0 ? (
        <div className="home-queues">
          {queues.map((card) => (
            <QueueCard key={card.label} card={card} />
          ))}
        </div>
      ) : null}
      {counts.length > 0 ? (
        <div className="home-cards">
          {counts.map((card) => (
            <HomeCardView key={card.label} card={card} />
          ))}
        </div>
      ) : null}
    </>
  );
}
