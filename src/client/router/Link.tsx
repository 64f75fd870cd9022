import type { ComponentChildren } from 'preact';
import { navigate } from './router';

interface Props {
  href: string;
  children: ComponentChildren;
  class?: string;
  current?: boolean;
  /** Replace the history entry instead of adding one (the family view leaves no trail). */
  replace?: boolean;
}

/** An ordinary link (keyboard, middle-click, copy link) that navigates in-app on a plain click. */
export function Link({ href, children, class: className, current, replace }: Props) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href, { replace });
  };
  return (
    <a href={href} onClick={onClick} class={className} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
