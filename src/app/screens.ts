import { aboutScreen } from '../ui/screens/about';
import { homeScreen } from '../ui/screens/home';
import { createResultsScreen } from '../ui/screens/results';
import { settingsScreen } from '../ui/screens/settings';
import type { Screen } from '../ui/screen';
import type { Route } from './route';

/** Maps a route to a fresh screen instance (screens with state are created per visit). */
export function screenFor(route: Route): Screen {
  switch (route.name) {
    case 'home':
      return homeScreen;
    case 'settings':
      return settingsScreen;
    case 'about':
      return aboutScreen;
    case 'results':
      return createResultsScreen();
    case 'result':
    case 'cprSetup':
    case 'cprDrill':
      return homeScreen;
  }
}
