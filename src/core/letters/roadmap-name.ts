import { bindShortWords } from './russian-text';

/**
 * The roadmap as the genitive after «мониторинга исполнения», naming it once: a title that
 * already says what it is («Муниципальный план мероприятий («дорожная карта») по …») is
 * declined itself rather than quoted after «плана мероприятий («дорожной карты»)».
 */
const ADJECTIVES: Record<string, string> = {
  муниципальный: 'муниципального',
  региональный: 'регионального',
  комплексный: 'комплексного',
};

export function roadmapGenitive(title: string): string {
  const text = bindShortWords(title.replace(/\s+/g, ' ').trim().replace(/\.+$/, ''));
  const plan = /^(?:(\p{L}+)\s+)?план мероприятий\s*\(«дорожная карта»\)\s*(.*)$/iu.exec(text);
  if (plan) {
    const adjective = plan[1] ? `${ADJECTIVES[plan[1].toLowerCase()] ?? plan[1].toLowerCase()} ` : '';
    if (!plan[1] || ADJECTIVES[plan[1].toLowerCase()]) return `${adjective}плана мероприятий («дорожной карты»)${plan[2] ? ` ${plan[2]}` : ''}`;
  }
  const roadmap = /^дорожная карта\s+(.*)$/iu.exec(text);
  if (roadmap) return `дорожной карты ${roadmap[1]}`;
  return `дорожной карты «${text}»`;
}
