import type { Notice } from './app-services.ts';

export function Notifications({
  notices,
  onDismiss,
}: {
  notices: Notice[];
  onDismiss(id: number): void;
}) {
  return (
    <div className="notifications" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <div className="notice-head">
            <strong>{notice.title}</strong>
            <button
              type="button"
              className="icon-button"
              aria-label="Dismiss"
              onClick={() => onDismiss(notice.id)}
            >
              ×
            </button>
          </div>
          {notice.details && notice.details.length > 0 && (
            <ul className="notice-details">
              {notice.details.map((detail, i) => (
                <li key={i}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
