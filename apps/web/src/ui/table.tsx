import type { ReactNode } from 'react';
import './table.css';

export type SortOrder = 'asc' | 'desc';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Makes the header a sort button; the value is what `onSort` receives. */
  sortKey?: string;
  /** The row header (usually the name or title column). */
  rowHeader?: boolean;
  className?: string;
}

export interface TableProps<Row> {
  caption: ReactNode;
  /** Hide the caption visually (it still names the table). */
  captionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort?: { key: string; order: SortOrder };
  onSort?: (key: string) => void;
}

function ariaSort(column: { sortKey?: string }, sort?: { key: string; order: SortOrder }) {
  if (!column.sortKey || !sort || sort.key !== column.sortKey) return undefined;
  return sort.order === 'asc' ? 'ascending' : 'descending';
}

/** A data table; wide tables scroll sideways inside their own focusable region. */
export function Table<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
}: TableProps<Row>) {
  return (
    <div className="sb-table-wrap">
      <table className="sb-table">
        <caption className={captionHidden ? 'sb-visually-hidden' : 'sb-table__caption'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const state = ariaSort(column, sort);
              return (
                <th key={column.key} scope="col" aria-sort={state} className={column.className}>
                  {column.sortKey && onSort ? (
                    <button
                      type="button"
                      className="sb-table__sort"
                      onClick={() => {
                        if (column.sortKey) onSort(column.sortKey);
                      }}
                    >
                      {column.header}
                      <span className="sb-table__sort-mark" aria-hidden="true">
                        {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.className}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
