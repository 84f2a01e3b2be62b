import './spinner.css';

/** A quiet loading indicator with a text label for screen readers. */
export function Spinner({ label }: { label: string }) {
  return (
    <div className="sb-spinner" role="status">
      <span className="sb-spinner__ring" aria-hidden="true" />
      <span className="sb-spinner__label">{label}</span>
    </div>
  );
}
