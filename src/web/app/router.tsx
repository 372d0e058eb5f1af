import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../accounts/account-page.tsx';
import { AccountsPage } from '../accounts/accounts-page.tsx';
import { LoginPage } from '../auth/login-page.tsx';
import { RequireUser } from '../auth/require-user.tsx';
import { AppFrame } from './app-shell.tsx';
import { HomeRedirect } from './home-redirect.tsx';
import { NotFoundPage, RouteErrorPage } from './not-found-page.tsx';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    element: <RequireUser />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AppFrame />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'dashboard', lazy: async () => ({ Component: (await import('../dashboard/dashboard-page.tsx')).DashboardPage }) },
          { path: 'accounts', element: <AccountsPage /> },
          { path: 'accounts/:id', element: <AccountPage /> },
          { path: 'accounts/:id/deals/:dealId', lazy: async () => ({ Component: (await import('../deals/deal-page.tsx')).DealPage }) },
          { path: 'my-week', lazy: async () => ({ Component: (await import('../my-week/my-week-page.tsx')).MyWeekPage }) },
          { path: 'deals', lazy: async () => ({ Component: (await import('../deals/deals-page.tsx')).DealsPage }) },
          {
            path: 'accounts/:id/power-map',
            lazy: async () => ({ Component: (await import('../power-map/power-map-page.tsx')).PowerMapPage }),
          },
          { path: 'pool', lazy: async () => ({ Component: (await import('../pool/pool-page.tsx')).PoolPage }) },
          { path: 'tag-boards', lazy: async () => ({ Component: (await import('../tag-boards/tag-boards-page.tsx')).TagBoardsPage }) },
          { path: 'settings', lazy: async () => ({ Component: (await import('../settings/settings-page.tsx')).SettingsPage }) },
          { path: 'cockpit', lazy: async () => ({ Component: (await import('../cockpit/cockpit-page.tsx')).CockpitPage }) },
          { path: 'support', lazy: async () => ({ Component: (await import('../support/support-page.tsx')).SupportPage }) },
          { path: 'scorecard', lazy: async () => ({ Component: (await import('../scorecard/scorecard-page.tsx')).ScorecardPage }) },
          { path: 'accounts/:id/plan', lazy: async () => ({ Component: (await import('../account-plan/account-plan-page.tsx')).AccountPlanPage }) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
