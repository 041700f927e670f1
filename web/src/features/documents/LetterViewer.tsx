/**
 * The letter viewer: the scanned pages of a document with zoom, rotation and paging, on the review page,
 * the phiếu giải quyết, the task page and the document page. PDFs are shown through the page images the
 * intake engine renders server-side with pdftoppm (no PDF script or blob worker in the browser: the CSP
 * is `default-src 'self'`); an image upload is its own page. Every image comes from
 * `/api/documents/:id/files/:fileId`, which answers 404 to anyone who may not see the letter, so the
 * viewer shows only what the caller is allowed to see. On a phone the pages fold behind a button.
 */
import { useState } from 'react';
import { $api } from '../../api/client.ts';
import { fileUrl } from './documentLabels.ts';
import './documents.css';

type ViewerFile = { id: string; kind: string; fileName: string; contentType?: string | null };

const ZOOMS = [50, 75, 100, 125, 150, 200, 300, 400];

/** The pages to show: the rendered page images, else an image original. */
export function viewerPages(files: ViewerFile[]): ViewerFile[] {
  const pages = files.filter((f) => f.kind === 'page_image');
  if (pages.length) return pages;
  const original = files.find((f) => f.kind === 'original');
  return original && /\.(png|jpe?g)$/i.test(original.fileName) ? [original] : [];
}

export function LetterViewer({
  documentId,
  files,
  ocrText,
  pinned = false,
  title = 'Bản gốc văn bản',
}: {
  documentId: string;
  /** The document's files when the page already has them; otherwise the viewer asks for the document. */
  files?: ViewerFile[];
  ocrText?: string | null;
  /** Pinned beside a form (the review page) instead of inline in the page. */
  pinned?: boolean;
  title?: string;
}) {
  const query = $api.useQuery(
    'get',
    '/api/documents/{id}',
    { params: { path: { id: documentId } } },
    { enabled: !files, retry: false },
  );
  const all = files ?? query.data?.files ?? [];
  const text = ocrText ?? query.data?.ocrText ?? null;
  const pages = viewerPages(all);
  const original = all.find((f) => f.kind === 'original');
  const [index, setIndex] = useState(0);
  const [zoom, setZoom] = useState(100);
  const [rotation, setRotation] = useState(0);
  const [open, setOpen] = useState(false);
  // No access (404) or still loading: nothing to show — the caller's page says what it knows.
  if (!files && !query.data) return null;
  const page = pages[Math.min(index, pages.length - 1)];
  const zoomStep = (dir: 1 | -1) => {
    const at = ZOOMS.indexOf(zoom);
    setZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, at + dir))] ?? 100);
  };
  const turned = rotation % 180 !== 0;
  const bodyId = pinned ? 'review-page-body' : `viewer-${documentId}`;
  return (
    <section
      className={`card review-page letter-viewer${pinned ? '' : ' letter-viewer--inline'}${open ? ' review-page--open' : ''}`}
      aria-label={title}
      data-testid="letter-viewer"
    >
      <button
        type="button"
        className="button review-page__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Ẩn bản gốc' : 'Xem bản gốc'}
      </button>
      <div className="review-page__body" id={bodyId}>
        {!pinned ? <h2 className="letter-viewer__title">{title}</h2> : null}
        {page ? (
          <>
            <div className="letter-viewer__tools" role="toolbar" aria-label="Công cụ xem văn bản">
              <button
                type="button"
                className="button button--small"
                onClick={() => zoomStep(-1)}
                disabled={zoom <= ZOOMS[0]!}
                aria-label="Thu nhỏ"
              >
                −
              </button>
              <span className="letter-viewer__zoom" aria-live="polite">
                {zoom}%
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => zoomStep(1)}
                disabled={zoom >= ZOOMS[ZOOMS.length - 1]!}
                aria-label="Phóng to"
              >
                +
              </button>
              <button type="button" className="button button--small" onClick={() => setZoom(100)}>
                Vừa khung
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setRotation((rotation + 270) % 360)}
                aria-label="Xoay trái"
              >
                ↺
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setRotation((rotation + 90) % 360)}
                aria-label="Xoay phải"
              >
                ↻
              </button>
            </div>
            <div className="letter-viewer__frame">
              <img
                src={fileUrl(documentId, page.id)}
                alt={`Trang ${index + 1} của văn bản`}
                className={`letter-viewer__image${turned ? ' letter-viewer__image--turned' : ''}`}
                style={{ width: `${zoom}%`, transform: rotation ? `rotate(${rotation}deg)` : undefined }}
                data-zoom={zoom}
                data-rotation={rotation}
              />
            </div>
            {pages.length > 1 ? (
              <div className="review-page__pager">
                <button
                  type="button"
                  className="button button--small"
                  disabled={index === 0}
                  onClick={() => setIndex(index - 1)}
                >
                  ‹ Trang trước
                </button>
                <span>
                  Trang {index + 1}/{pages.length}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={index >= pages.length - 1}
                  onClick={() => setIndex(index + 1)}
                >
                  Trang sau ›
                </button>
              </div>
            ) : null}
          </>
        ) : text ? (
          <pre className="review-page__text">{text}</pre>
        ) : (
          <p className="muted">Văn bản chưa có bản quét hay nội dung để xem.</p>
        )}
        {original ? (
          <p className="small">
            <a href={fileUrl(documentId, original.id, true)}>Tải tệp gốc: {original.fileName}</a>
          </p>
        ) : null}
      </div>
    </section>
  );
}
