/** The error banner of a failed query, with a retry (the generated error type of these routes is `never`). */
import { ErrorBanner } from '../../components/Feedback.tsx';

export function QueryError({ query }: { query: { error: unknown; refetch: () => unknown } }) {
  return query.error ? <ErrorBanner error={query.error} onRetry={() => void query.refetch()} /> : null;
}
