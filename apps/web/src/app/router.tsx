import { createBrowserRouter, Outlet } from 'react-router';
import { AcceptInvitationPage } from '../features/auth/accept-invitation-page';
import { RequireRole, RequireSignedIn, SessionRedirect } from '../features/auth/guards';
import { SecondFactorPage } from '../features/auth/second-factor-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { TotpSetupPage } from '../features/auth/totp-setup-page';
import { CaseloadPage } from '../features/caseload/caseload-page';
import { NewCasePage } from '../features/caseload/new-case-page';
import { CasePage } from '../features/case/case-page';
import { PaperEntryPage } from '../features/assessments/paper-entry-page';
import { ResultPage } from '../features/assessments/result-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { AlertsPage } from '../features/safety/alerts-page';
import { MeasuresPage } from '../features/admin/measures-page';
import { CrisisResourcesPage } from '../features/admin/crisis-resources-page';
import { PortalPage } from '../features/portal/portal-page';
import { QuestionnairePage } from '../features/portal/questionnaire-page';
import { SharedResultPage } from '../features/portal/shared-result-page';
import { MyStoryPage } from '../features/portal/my-story-page';
import { SafetyPlanRoute } from '../features/safety-plan/safety-plan-route';
import { ExercisePage } from '../features/practice/exercise-page';
import { LearnArticleRoute, LearnPage } from '../features/practice/learn/learn-page';
import { LearnLibraryArticlePage, LearnLibraryPage } from '../features/practice/learn/library-page';
import { PracticePage } from '../features/practice/practice-page';
import { ResearchPage } from '../features/research/research-page';
import { UsersPage } from '../features/admin/users-page';
import { InvitationsPage } from '../features/admin/invitations-page';
import { OutboxPage } from '../features/admin/outbox-page';
import { AuditPage } from '../features/admin/audit-page';
import { PublicLayout, SignedInLayout } from './layouts';
import { NotFoundPage } from './not-found';

/** Every page of the app, by address. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Outlet />,
      children: [
        { path: '/', element: <SessionRedirect /> },
        {
          element: <PublicLayout />,
          children: [
            { path: '/sign-in', element: <SignInPage /> },
            { path: '/sign-in/code', element: <SecondFactorPage /> },
            { path: '/sign-in/set-up-second-factor', element: <TotpSetupPage /> },
            { path: '/accept-invitation', element: <AcceptInvitationPage /> },
          ],
        },
        // A client's safety plan also opens offline, so it checks the session itself.
        { path: '/portal/safety-plan', element: <SafetyPlanRoute /> },
        {
          element: <RequireSignedIn />,
          children: [
            {
              element: <SignedInLayout />,
              children: [
                {
                  element: <RequireRole roles={['clinician']} />,
                  children: [
                    { path: '/caseload', element: <CaseloadPage /> },
                    { path: '/caseload/new', element: <NewCasePage /> },
                    { path: '/cases/:id', element: <CasePage /> },
                    { path: '/cases/:id/results/:responseId', element: <ResultPage /> },
                    {
                      path: '/cases/:id/assignments/:assignmentId/paper',
                      element: <PaperEntryPage />,
                    },
                    { path: '/alerts', element: <AlertsPage /> },
                    { path: '/dashboard', element: <DashboardPage /> },
                    { path: '/learn', element: <LearnLibraryPage /> },
                    { path: '/learn/:articleId', element: <LearnLibraryArticlePage /> },
                  ],
                },
                {
                  element: <RequireRole roles={['client', 'caregiver']} />,
                  children: [
                    { path: '/portal', element: <PortalPage /> },
                    {
                      path: '/portal/questionnaires/:assignmentId',
                      element: <QuestionnairePage />,
                    },
                    { path: '/portal/results/:responseId', element: <SharedResultPage /> },
                    { path: '/portal/practice', element: <PracticePage /> },
                    { path: '/portal/practice/do/:kind', element: <ExercisePage /> },
                    { path: '/portal/practice/entries/:entryId', element: <ExercisePage /> },
                    { path: '/portal/learn', element: <LearnPage /> },
                    { path: '/portal/learn/:articleId', element: <LearnArticleRoute /> },
                  ],
                },
                {
                  element: <RequireRole roles={['client']} />,
                  children: [{ path: '/portal/my-story', element: <MyStoryPage /> }],
                },
                {
                  element: <RequireRole roles={['researcher']} />,
                  children: [{ path: '/research', element: <ResearchPage /> }],
                },
                {
                  element: <RequireRole roles={['admin']} />,
                  children: [
                    { path: '/admin/users', element: <UsersPage /> },
                    { path: '/admin/invitations', element: <InvitationsPage /> },
                    { path: '/admin/measures', element: <MeasuresPage /> },
                    { path: '/admin/crisis-resources', element: <CrisisResourcesPage /> },
                    { path: '/admin/outbox', element: <OutboxPage /> },
                    { path: '/admin/audit', element: <AuditPage /> },
                  ],
                },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
