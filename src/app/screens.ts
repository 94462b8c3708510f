import { aboutScreen } from '../ui/screens/about';
import { homeScreen } from '../ui/screens/home';
import { createResultsScreen } from '../ui/screens/results';
import { settingsScreen } from '../ui/screens/settings';
import type { Route } from '../ui/routes';
import type { Screen } from '../ui/screen';

/**
 * Maps a route to a fresh screen instance (screens with state are created per visit). Module
 * screens load on demand so the first screen stays small; the service worker precaches them all.
 */
export async function screenFor(route: Route): Promise<Screen> {
  switch (route.name) {
    case 'home':
      return homeScreen;
    case 'settings':
      return settingsScreen;
    case 'about':
      return aboutScreen;
    case 'results':
      return createResultsScreen();
    case 'cprSetup':
      return (await import('../ui/screens/cprSetup')).createCprSetupScreen(route.preset);
    case 'cprDrill':
      return (await import('../ui/screens/cprDrill')).createCprDrillScreen(route.params);
    case 'result':
      return (await import('../ui/screens/result')).createResultScreen(route.id);
    case 'theory':
    case 'theoryLesson':
    case 'theoryPractice':
    case 'theoryExam':
    case 'theoryResult':
    case 'theoryCertificate':
      return (await import('../ui/screens/theoryScreens')).theoryScreenFor(route);
    case 'scenarioPicker':
      return (await import('../ui/screens/scenarioPicker')).createScenarioPickerScreen(route.mode);
    case 'scenario':
      return (await import('../ui/screens/scenarioRun')).createScenarioScreen(route.id, route.mode);
    case 'chokingPicker':
      return (await import('../ui/screens/chokingPicker')).createChokingPickerScreen(route.mode);
    case 'choking':
      return (await import('../ui/screens/chokingRun')).createChokingScreen(route.id, route.mode);
    case 'firstaid':
    case 'firstaidRun':
      return (await import('../ui/screens/firstaidScreens')).firstAidScreenFor(route);
  }
}
