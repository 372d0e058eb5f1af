/** One entry of the main navigation; `label` is an i18n key. */
export interface NavigationEntry {
  to: string;
  label: string;
  testId: string;
}

// Only pages that exist are listed. The pages of SPEC §7 join here, in this order,
// as they are built: dashboard, strategic pool, tag boards, deals, power map,
// executive cockpit, settings (their labels are already under `nav.*`).
export const navigation: readonly NavigationEntry[] = [
  { to: '/dashboard', label: 'nav.dashboard', testId: 'nav-dashboard' },
  { to: '/accounts', label: 'nav.accounts', testId: 'nav-accounts' },
  { to: '/my-week', label: 'nav.repWeek', testId: 'nav-my-week' },
  { to: '/pool', label: 'nav.strategicPool', testId: 'nav-pool' },
  { to: '/tag-boards', label: 'nav.tagBoards', testId: 'nav-tag-boards' },
  { to: '/deals', label: 'nav.deals', testId: 'nav-deals' },
  { to: '/cockpit', label: 'nav.executiveCockpit', testId: 'nav-cockpit' },
  { to: '/support', label: 'nav.support', testId: 'nav-support' },
  { to: '/scorecard', label: 'nav.scorecard', testId: 'nav-scorecard' },
  { to: '/settings', label: 'nav.settings', testId: 'nav-settings' },
];

/** The address that takes a signed-in user home (see homePathFor). */
export const homePath = '/';

/**
 * Where a signed-in user lands: the back office (一切为了前线) starts from its queue
 * of support requests, everyone else from the portfolio dashboard.
 */
export function homePathFor(role: string | undefined): string {
  return role === 'staff' ? '/support' : '/dashboard';
}
