import type { LocalDate } from '../../domain/dates/local-date.ts'
import { valueOn } from '../../domain/progress/line.ts'
import type { ProgressNote, ProgressPoint } from '../../domain/progress/progress-point.ts'
import type { ProgressAnalysis, ProgressSeries } from '../../domain/progress/progress-series.ts'
import { useUi } from '../ui.ts'
import { dayOf, linearScale, monthTicks, niceTicks } from './chart-scale.ts'

/**
 * A goal's progress as a server-rendered SVG: the scores, the aim line (dashed), the trend line
 * (solid, dotted where it is projected to the goal date), the days the teaching changed, the goal
 * date and the school's progress reports. It works without scripts and in print; the same data is
 * in the table beside it, which is the text alternative, and the <title>/<desc> sum it up.
 */

const WIDTH = 480
const HEIGHT = 300
const MARGIN = { top: 16, right: 16, bottom: 40, left: 48 }

const MONTH_FORMATS = {
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es-US', { month: 'short', timeZone: 'UTC' }),
}

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** What a score says when focused or pointed at: its date, value with unit, and note. */
function pointDetail(point: ProgressPoint, shortDate: (date: LocalDate) => string): string {
  const value = `${formatNumber(point.value)}${point.unit ? ` ${point.unit}` : ''}`
  return `${shortDate(point.measuredOn)}: ${value}${point.note ? ` – ${point.note}` : ''}`
}

export function ProgressChart({
  id,
  title,
  description,
  series,
  analysis,
  points,
  notes,
}: {
  /** Unique on the page: the ids of the title and description hang on it. */
  id: string
  title: string
  description: string
  series: ProgressSeries
  analysis: ProgressAnalysis
  points: readonly ProgressPoint[]
  notes: readonly ProgressNote[]
}) {
  const { t, lang, shortDate } = useUi()
  const start = series.baseline.date
  const end = series.target.date
  const dates = [start, end, ...points.map((p) => p.measuredOn), ...notes.map((n) => n.notedOn)]
  const sorted = [...dates].sort()
  const firstDate = sorted[0] ?? start
  const lastDate = sorted.at(-1) ?? end
  const trend = analysis.trendLine
  const trendFrom = analysis.phasePoints[0]?.date
  const values = [series.baseline.value, series.target.value, ...points.map((p) => p.value)]
  if (trend && trendFrom) values.push(valueOn(trend, trendFrom), valueOn(trend, end))
  const { domain, ticks } = niceTicks(Math.min(...values), Math.max(...values))

  const x = linearScale([dayOf(firstDate), dayOf(lastDate)], [MARGIN.left, WIDTH - MARGIN.right])
  const y = linearScale(domain, [HEIGHT - MARGIN.bottom, MARGIN.top])
  const px = (date: LocalDate) => x(dayOf(date)).toFixed(1)
  const py = (value: number) => y(value).toFixed(1)
  const clampY = (value: number) => Math.min(Math.max(value, domain[0]), domain[1])
  const bottom = HEIGHT - MARGIN.bottom
  const lastPoint = points.at(-1)?.measuredOn

  return (
    <figure class="pw-progress-chart" data-module="progress-chart">
      <div class="pw-progress-chart__frame">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG chart cannot be a fieldset; the group names its focusable points */}
        <svg
          class="pw-progress-chart__svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <g class="pw-progress-chart__grid">
            {ticks.map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={py(tick)} y2={py(tick)} />
                <text x={MARGIN.left - 6} y={py(tick)} dy="0.32em" text-anchor="end">
                  {formatNumber(tick)}
                </text>
              </g>
            ))}
            {monthTicks(firstDate, lastDate).map((month) => (
              <g key={month}>
                <line x1={px(month)} x2={px(month)} y1={bottom} y2={bottom + 5} />
                <text x={px(month)} y={bottom + 20} text-anchor="middle">
                  {MONTH_FORMATS[lang].format(new Date(`${month}T00:00:00Z`)).replace('.', '')}
                </text>
              </g>
            ))}
            <line
              class="pw-progress-chart__axis"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={bottom}
              y2={bottom}
            />
          </g>
          <g>
            {analysis.phaseStart
              ? notes
                  .filter((n) => n.kind === 'phase-change')
                  .map((n) => (
                    <line
                      key={n.id}
                      class="pw-progress-chart__phase"
                      x1={px(n.notedOn)}
                      x2={px(n.notedOn)}
                      y1={MARGIN.top}
                      y2={bottom}
                    />
                  ))
              : null}
            <line
              class="pw-progress-chart__goal-date"
              x1={px(end)}
              x2={px(end)}
              y1={MARGIN.top}
              y2={bottom}
            />
            <line
              class="pw-progress-chart__aim"
              x1={px(start)}
              y1={py(series.baseline.value)}
              x2={px(end)}
              y2={py(series.target.value)}
            />
            {trend && trendFrom && lastPoint ? (
              <>
                <line
                  class="pw-progress-chart__trend"
                  x1={px(trendFrom)}
                  y1={py(clampY(valueOn(trend, trendFrom)))}
                  x2={px(lastPoint)}
                  y2={py(clampY(valueOn(trend, lastPoint)))}
                />
                {lastPoint < end ? (
                  <line
                    class="pw-progress-chart__projection"
                    x1={px(lastPoint)}
                    y1={py(clampY(valueOn(trend, lastPoint)))}
                    x2={px(end)}
                    y2={py(clampY(valueOn(trend, end)))}
                  />
                ) : null}
              </>
            ) : null}
            {notes
              .filter((n) => n.kind === 'progress-report')
              .map((n) => {
                const cx = Number(px(n.notedOn))
                return (
                  <path
                    key={n.id}
                    class="pw-progress-chart__report"
                    d={`M${cx} ${bottom - 10} l6 10 h-12 z`}
                  />
                )
              })}
          </g>
          {/* Each score can be reached with the Tab key and names its date, value and note. */}
          <g class="pw-progress-chart__points">
            {points.map((p) => {
              const detail = pointDetail(p, shortDate)
              return (
                <circle
                  key={p.id}
                  cx={px(p.measuredOn)}
                  cy={py(p.value)}
                  r="4.5"
                  tabindex={0}
                  aria-label={detail}
                  data-detail={detail}
                >
                  <title>{detail}</title>
                </circle>
              )
            })}
          </g>
        </svg>
        <p class="pw-progress-chart__detail" data-chart-detail hidden aria-hidden="true" />
      </div>
      <figcaption>
        <ul class="pw-progress-chart__legend">
          <li>
            <span class="pw-progress-chart__key pw-progress-chart__key--points" aria-hidden="true" />
            {t('progress.chart.legendPoints')}
          </li>
          <li>
            <span class="pw-progress-chart__key pw-progress-chart__key--aim" aria-hidden="true" />
            {t('progress.lines.aim')}
          </li>
          {trend ? (
            <li>
              <span class="pw-progress-chart__key pw-progress-chart__key--trend" aria-hidden="true" />
              {t('progress.lines.trend')}
            </li>
          ) : null}
          <li>
            <span class="pw-progress-chart__key pw-progress-chart__key--goal-date" aria-hidden="true" />
            {t('progress.chart.legendGoalDate', { date: shortDate(end) })}
          </li>
          {analysis.phaseStart ? (
            <li>
              <span class="pw-progress-chart__key pw-progress-chart__key--phase" aria-hidden="true" />
              {t('progress.chart.legendPhase')}
            </li>
          ) : null}
          {notes.some((n) => n.kind === 'progress-report') ? (
            <li>
              <span class="pw-progress-chart__key pw-progress-chart__key--report" aria-hidden="true" />
              {t('progress.chart.legendReport')}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  )
}
