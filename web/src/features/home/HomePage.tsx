/**
 * Trang chủ: a greeting and the cards the server prepares for the user's role (counts of
 * schools, people, work waiting…), each linking to where the work is.
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

export function HomePage() {
  const me = useMe();
  const { data, error, isPending, refetch } = $api.useQuery('get', '/api/home');
  const reload = () => void refetch();

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
      {data && data.cards.length > 0 ? (
        <div className="home-cards">
          {data.cards.map((card) => (
            <HomeCardView key={card.label} card={card} />
          ))}
        </div>
      ) : null}
    </>
  );
}
