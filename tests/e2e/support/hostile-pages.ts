/**
 * Generated pages for the hostile-page tests: a plausible Arabic news article template, and the
 * odd things real pages do around it.
 */

export const PARAGRAPHS = [
  'قال وزير الخارجية المصري سامح شكري، خلال مؤتمر صحفي في القاهرة، إن "مصر لن تقبل بأي حلول تمس أمنها المائي"، مضيفا أن المفاوضات مع إثيوبيا والسودان ستستأنف الأسبوع المقبل.',
  'وأوضح الوزير أن الاتصالات مستمرة مع الولايات المتحدة والاتحاد الأوروبي، وأن الجانب الروسي أبدى استعداده للمساعدة في تقريب وجهات النظر بين الدول الثلاث.',
  'من جهتها، أعلنت الحكومة الإثيوبية أنها ستواصل ملء الخزان وفق الجدول المعلن، في حين دعت الأمم المتحدة جميع الأطراف إلى ضبط النفس والعودة إلى طاولة الحوار.',
  'وتأتي هذه التطورات بعد زيارة قام بها الرئيس الفرنسي إلى المنطقة، التقى خلالها قادة مصر والسعودية والإمارات، وبحث معهم ملفات الأمن الإقليمي والطاقة.',
];

/** A news article page: metadata, one headline, dense paragraphs; `body` goes inside <article>. */
export function articlePage(opts: { head?: string; body?: string; before?: string; after?: string; title?: string } = {}): string {
  const title = opts.title ?? 'مصر تؤكد تمسكها بحقوقها المائية وتدعو إلى استئناف المفاوضات';
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-13T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2024-05-13T10:00:00Z"}</script>
${opts.head ?? ''}</head><body>${opts.before ?? ''}<article><h1>${title}</h1>
${opts.body ?? PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article>${opts.after ?? ''}</body></html>`;
}

/** A main-world script that records every long task (> 50 ms) into window.__longTasks. */
export const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;
