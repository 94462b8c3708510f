import { html, nothing, type TemplateResult } from 'lit-html';
import type { TopicId } from '../../core/quiz/types';
import type { Language } from '../../core/settings';
import { pick } from '../../core/text';
import { LESSONS, lessonFor, PICTURES, type LessonBlock, type PictureId } from '../../content/lessons';
import { LAW_SOURCES } from '../../content/lessons/law';
import { UNSOURCED_TOPICS } from '../../content/questions';
import { pictureContent } from '../components/picture';
import '../components/theory.css';
import { sourcesLabel } from '../format';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import { theoryLessonHash } from './theoryRoute';

export function pictureFigure(lng: Language, id: PictureId, idPrefix: string): TemplateResult {
  const pic = PICTURES[id];
  const titleId = `${idPrefix}-${id}-title`;
  const descId = `${idPrefix}-${id}-desc`;
  return html`<figure class="lesson-figure" data-testid="lesson-picture" data-picture=${id}>
    <svg class="picture" viewBox="0 0 100 100" role="img" aria-labelledby=${titleId} aria-describedby=${descId}>
      ${pictureContent(pic, lng)}
    </svg>
    <figcaption>
      <span id=${titleId} class="lesson-figure-title">${pick(pic.title, lng)}</span>
      <span id=${descId} class="muted small">${pick(pic.alt, lng)}</span>
    </figcaption>
  </figure>`;
}

function blocks(ctx: UiContext, list: readonly LessonBlock[]): TemplateResult[] {
  // Consecutive bullets form one list; paragraphs stand alone.
  const out: TemplateResult[] = [];
  let bullets: LessonBlock[] = [];
  const src = (b: LessonBlock) =>
    html`<span class="lesson-source muted small" data-testid=${b.law ? 'lesson-law' : nothing}>${b.law
      ? b.law.map((id) => pick(LAW_SOURCES[id].citation, ctx.language)).join('; ')
      : sourcesLabel(ctx.t, b.sourceKeys)}</span>`;
  const flush = () => {
    if (bullets.length) out.push(html`<ul class="lesson-bullets">${bullets.map((b) => html`<li>${pick(b.text, ctx.language)} ${src(b)}</li>`)}</ul>`);
    bullets = [];
  };
  for (const b of list) {
    if (b.kind === 'bullet') bullets.push(b);
    else {
      flush();
      out.push(html`<p>${pick(b.text, ctx.language)} ${src(b)}</p>`);
    }
  }
  flush();
  return out;
}

/** One short lesson: its pictures as SVG and the lines that hold for the learner's profile. */
export function createTheoryLessonScreen(topic: TopicId): Screen {
  return {
    titleKey: 'theory.lesson.title',
    render(ctx) {
      const { t, language } = ctx;
      const lesson = lessonFor(topic);
      if (!lesson) return html`<h1>${t('theory.lesson.title')}</h1><p><a href="#/theory">${t('theory.backToCourse')}</a></p>`;
      const shown = lesson.blocks.filter((b) => !b.profiles || b.profiles.includes(ctx.profile.id));
      const i = LESSONS.findIndex((l) => l.topic === topic);
      const prev = LESSONS[i - 1];
      const next = LESSONS[i + 1];
      // Going on from the end of a ready lesson (to practice or the next lesson) completes it.
      const completed = () => {
        if (lesson.status === 'ready') ctx.records.record({ type: 'lessonCompleted', topic, title: lesson.title, at: new Date().toISOString() });
      };
      return html`<article class="theory lesson" data-testid="lesson" data-topic=${topic}>
        <p class="crumbs"><a href="#/theory">${t('theory.backToCourse')}</a></p>
        <h1>${pick(lesson.title, language)}</h1>
        ${lesson.status === 'ready'
          ? html`<p class="muted small">${t('theory.lesson.profileNote', { name: t(ctx.profile.nameKey) })}</p>
              <div class="lesson-body">
                <div class="lesson-figures">${lesson.pictures.map((id) => pictureFigure(language, id, 'lesson'))}</div>
                <div class="lesson-text">${blocks(ctx, shown)}</div>
              </div>
              <div class="actions">
                ${UNSOURCED_TOPICS.includes(topic)
                  ? // No questions to practise (legal): going back to the course completes the lesson.
                    html`<a class="button primary" href="#/theory" data-testid="lesson-done" @click=${completed}>${t('theory.backToCourse')}</a>`
                  : html`<a class="button primary" href=${`#/theory/practice?topic=${topic}`} data-testid="lesson-practice" @click=${completed}>${t('theory.lesson.practise')}</a>`}
              </div>`
          : html`<p class="theory-panel" data-testid="lesson-awaiting">${lesson.note ? pick(lesson.note, language) : t('theory.lesson.awaiting')}</p>`}
        <nav class="lesson-nav" aria-label=${t('theory.lesson.nav')}>
          ${prev ? html`<a class="button" href=${theoryLessonHash(prev.topic)} rel="prev">← ${pick(prev.title, language)}</a>` : nothing}
          ${next ? html`<a class="button" href=${theoryLessonHash(next.topic)} rel="next" @click=${completed}>${pick(next.title, language)} →</a>` : nothing}
        </nav>
      </article>`;
    },
  };
}
