/** A calendar quarter as [from, to): the first instant of its first month to the first of the next quarter, UTC. */
export interface Quarter {
  from: Date;
  to: Date;
}

/** The calendar quarter `now` falls in (UTC, like every window of the method). */
export function calendarQuarter(now: Date): Quarter {
  const first = Math.floor(now.getUTCMonth() / 3) * 3;
  return {
    from: new Date(Date.UTC(now.getUTCFullYear(), first, 1)),
    to: new Date(Date.UTC(now.getUTCFullYear(), first + 3, 1)),
  };
}

export const inQuarter = (at: Date, quarter: Quarter) => at.getTime() >= quarter.from.getTime() && at.getTime() < quarter.to.getTime();
