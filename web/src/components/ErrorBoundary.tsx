/**
 * Catches a page that fails while rendering and shows the 500 page instead of a blank screen.
 * `resetKey` (the current path) clears the error when the user navigates elsewhere.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { resetKey: string; fallback: ReactNode; children: ReactNode };
type State = { failed: boolean; resetKey: string };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Lỗi hiển thị trang', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
