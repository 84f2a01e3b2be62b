/**
 * Test support: renders a form without a DOM and drives it as a client would. The element
 * tree is expanded by calling the components (their state hooks come from test-hooks.ts via
 * `vi.mock('react')` in the test), and events call the very handlers the JSX attached.
 */
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { frame, resetHooks } from './test-hooks';

interface Host {
  tag: string;
  props: Record<string, unknown>;
  children: Node[];
}
type Node = Host | string;

function expand(node: ReactNode, path: string): Node[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) {
    return node.flatMap((child: ReactNode, i) => expand(child, `${path}[${String(i)}]`));
  }
  if (!isValidElement<Record<string, unknown>>(node)) throw new Error('Unsupported node');
  const { type, props, key } = node;
  const children = props.children as ReactNode;
  const here = `${path}/${key ?? ''}`;
  if (type === Fragment) return expand(children, here);
  if (typeof type === 'string') {
    return [{ tag: type, props, children: expand(children, `${here}${type}`) }];
  }
  if (typeof type !== 'function') throw new Error('Unsupported element type');
  const component = type as (props: Record<string, unknown>) => ReactNode;
  const at = `${here}${component.name}`;
  Object.assign(frame, { path: at, index: 0 });
  return expand(component(props), at);
}

const textOf = (node: Node): string =>
  typeof node === 'string' ? node : node.children.map(textOf).join('');
const flatten = (nodes: Node[]): Host[] =>
  nodes.flatMap((n) => (typeof n === 'string' ? [] : [n, ...flatten(n.children)]));

/** Renders like React does: again while state set during rendering changes it. */
function settle(render: () => ReactElement): Node[] {
  for (let pass = 0; pass < 5; pass += 1) {
    const before = frame.changes;
    const nodes = expand(render(), '');
    if (frame.changes === before) return nodes;
  }
  throw new Error('The component kept changing its state while rendering');
}

function found(what: string, host: Host | undefined): Host {
  if (!host) throw new Error(`Not on screen: ${what}`);
  return host;
}

const call = (host: Host, name: string, event: unknown) =>
  (host.props[name] as (event: unknown) => void)(event);

/** Mounts a fresh form; every query renders it again with the latest props and state. */
export function mount(render: () => ReactElement) {
  resetHooks();
  const all = () => flatten(settle(render));
  const view = {
    text: () => settle(render).map(textOf).join(' '),
    /** The control a `<label>` with exactly this text points at. */
    field(label: string): Host {
      const hosts = all();
      const tag = hosts.find((h) => h.tag === 'label' && textOf(h) === label);
      return found(label, tag && hosts.find((h) => h.props.id === tag.props.htmlFor));
    },
    button(name: string): Host {
      return found(
        name,
        all().find((h) => h.tag === 'button' && textOf(h).trim() === name),
      );
    },
    hasButton: (name: string) => all().some((h) => h.tag === 'button' && textOf(h) === name),
    type: (label: string, value: string) =>
      call(view.field(label), 'onChange', { target: { value } }),
    press(name: string) {
      const button = view.button(name);
      if (button.props.disabled === true) throw new Error(`Disabled: ${name}`);
      call(button, 'onClick', {});
    },
  };
  return view;
}
