'use client';
// 90 days of uptime, one bar a day coloured and shaped by the day's worst status (bar-shapes.ts); days under
// 90 % coverage are drawn as short grey "not enough data" bars. One tab stop (a slider over the days): the
// arrow keys move a day in the reading direction (in Arabic, time runs RTL, so ArrowLeft goes to a newer
// day), PageUp and PageDown a month (30 days) newer or older, Home is the oldest day and End is today;
// pointer and touch pick the day under them. The detail (date, worst status, uptime, incidents) is the
// slider's value text and a line under the bars, in the place of the span's caption: it never covers
// the service's name above. The texts of the first render come from the server (uptime-bars.tsx): the
// browser formats a day's detail only when the visitor moves to it.
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { BAR_HEIGHT, barPath } from './bar-shapes';
import { STATUS_FILL_CLASS } from './status-icon';
import { useDayDetail } from './uptime-day-detail';
import { KeptServerHtml } from '@/components/ui/kept-server-html';
import { decodeBarDays, type BarDay } from './uptime-encoding';

const STEP = 4;
const BAR = 3;
const HEIGHT = BAR_HEIGHT;
/** PageUp and PageDown move this many days. */
export const PAGE_DAYS = 30;

export interface UptimeSliderProps {
  /** Days oldest first (see uptime-encoding.ts). */
  encoded: string;
  /** The last (newest) day, YYYY-MM-DD UTC. */
  lastDay: string;
  dir: 'rtl' | 'ltr';
  /** Texts formatted by the server: the slider's label, the caption's three parts, and the newest day's detail. */
  label: string;
  captionStart: string;
  captionTotal: string;
  captionToday: string;
  newestDetail: string;
}

export function UptimeSlider({ encoded, lastDay, dir, label, captionStart, captionTotal, captionToday, newestDetail }: UptimeSliderProps) {
  const days = useMemo(() => decodeBarDays(encoded), [encoded]);
  const detail = useDayDetail(days, lastDay);
  const n = days.length;
  const [active, setActive] = useState(n - 1);
  const [engaged, setEngaged] = useState(false);
  const focused = useRef(false);
  const rtl = dir === 'rtl';

  function move(to: number) {
    setActive(Math.max(0, Math.min(n - 1, to)));
    setEngaged(true);
  }
  function onKeyDown(e: KeyboardEvent) {
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const steps: Record<string, number> = { [forward]: active + 1, [back]: active - 1, ArrowUp: active + 1, ArrowDown: active - 1, PageUp: active + PAGE_DAYS, PageDown: active - PAGE_DAYS, Home: 0, End: n - 1 };
    if (!(e.key in steps)) return;
    e.preventDefault();
    move(steps[e.key]!);
  }
  function onPointer(e: PointerEvent<HTMLDivElement>) {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    const fraction = (e.clientX - box.left) / box.width;
    move(Math.floor((rtl ? 1 - fraction : fraction) * n));
  }

  const text = active === n - 1 ? newestDetail : detail(active);
  return (
    <div className="mt-2" data-uptime="">
      <div
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-orientation="horizontal"
        aria-valuemin={1}
        aria-valuemax={n}
        aria-valuenow={active + 1}
        aria-valuetext={text}
        data-active-day={active}
        className="cursor-crosshair touch-pan-y rounded-sm"
        onKeyDown={onKeyDown}
        onPointerDown={onPointer}
        onPointerMove={onPointer}
        onPointerLeave={() => {
          if (!focused.current) setEngaged(false);
        }}
        onFocus={() => {
          focused.current = true;
          setEngaged(true);
        }}
        onBlur={() => {
          focused.current = false;
          setEngaged(false);
        }}
      >
        {/* The drawing and the caption stay as the server sent them until the visitor first moves to a day
            (kept-server-html.tsx): hydrating the page builds neither. */}
        <KeptServerHtml as="svg" viewBox={`0 0 ${n * STEP - (STEP - BAR)} ${HEIGHT}`} preserveAspectRatio="none" className="block h-7 w-full" aria-hidden="true" focusable="false" until={engaged} contents={encoded}>
          <Bars days={days} rtl={rtl} mark={engaged ? active : null} />
        </KeptServerHtml>
      </div>
      {/* The caption and the day's detail share one place under the bars: the detail shows over the caption
          (same cell, so nothing moves and nothing above is covered). */}
      <div className="mt-1 grid text-xs">
        <KeptServerHtml as="p" className={`col-start-1 row-start-1 flex justify-between gap-2 text-muted ${engaged ? 'invisible' : ''}`} until={engaged} contents={captionStart + captionTotal + captionToday}>
          <span data-num="" suppressHydrationWarning>
            {captionStart}
          </span>
          <span data-num="" suppressHydrationWarning>
            {captionTotal}
          </span>
          <span>{captionToday}</span>
        </KeptServerHtml>
        {engaged ? (
          <p aria-hidden="true" className="col-start-1 row-start-1 self-start rounded bg-fg px-2 py-0.5 text-bg shadow" data-day-detail="">
            <span data-num="" suppressHydrationWarning>
              {text}
            </span>
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The bars, one path per colour, and the outline of the active day (`mark`) while the slider is engaged. */
function Bars({ days, rtl, mark }: { days: readonly BarDay[]; rtl: boolean; mark: number | null }) {
  const n = days.length;
  const paths = new Map<string, string>();
  days.forEach((d, i) => {
    const x = (rtl ? n - 1 - i : i) * STEP;
    const short = d.notEnoughData || d.uptimePercent === null;
    const cls = short ? 'fill-unknown' : STATUS_FILL_CLASS[d.worst];
    paths.set(cls, `${paths.get(cls) ?? ''}${barPath(short ? 'notEnoughData' : d.worst, x, BAR)}`);
  });
  const markX = mark === null ? 0 : (rtl ? n - 1 - mark : mark) * STEP;
  return (
    <>
      {[...paths].map(([cls, d]) => (
        <path key={cls} d={d} className={cls} />
      ))}
      {mark !== null ? <rect x={markX - 0.5} y={0.5} width={BAR + 1} height={HEIGHT - 1} fill="none" className="stroke-fg" strokeWidth={2} vectorEffect="non-scaling-stroke" /> : null}
    </>
  );
}
