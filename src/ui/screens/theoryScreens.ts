import type { Screen } from '../screen';
import type { TheoryRoute } from './theoryRoute';

/** The theory course's screens, each loaded on first use (the bank and lessons come with them). */
export async function theoryScreenFor(route: TheoryRoute): Promise<Screen> {
  switch (route.name) {
    case 'theory':
      return (await import('./theoryHome')).createTheoryHomeScreen();
    case 'theoryLesson':
      return (await import('./theoryLesson')).createTheoryLessonScreen(route.topic);
    case 'theoryPractice':
      return (await import('./theoryPractice')).createTheoryPracticeScreen(route.topic);
    case 'theoryExam':
      return (await import('./theoryExam')).createTheoryExamScreen();
    case 'theoryResult':
      return (await import('./theoryResult')).createTheoryResultScreen(route.id);
    case 'theoryCertificate':
      return (await import('./theoryCertificate')).createTheoryCertificateScreen(route.id);
  }
}
