/**
 * Formats fact values (numbers, dates, entities, answers) the same way in every runtime: no Intl, no locale data,
 * so a quiz renders identically in Node, on every browser, and in the fact file's cloze checks.
 */
import type { Answer, Entity, IsoDate, Lang, Localized } from './types';

const MONTHS: Record<Lang, string[]> = {
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Groups thousands with a space in French and a comma in English; decimals use a comma in French. */
export function formatNumber(value: number, lang: Lang): string {
	const [whole = '', fraction] = Math.abs(value).toString().split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? ' ' : ',');
	const sign = value < 0 ? '-' : '';
	return fraction === undefined ? sign + grouped : sign + grouped + (lang === 'fr' ? ',' : '.') + fraction;
}

export function isIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const month = match[2] === undefined ? 1 : Number(match[2]);
	const day = match[3] === undefined ? 1 : Number(match[3]);
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
}

/** "24 décembre 2024" / "24 December 2024", "1er juillet 2004", "août 2024" / "August 2024", "2027". */
export function formatDate(value: IsoDate, lang: Lang): string {
	const match = ISO_DATE.exec(value);
	if (!match) throw new Error(`Not an ISO date: ${value}`);
	const [, year, month, day] = match;
	if (month === undefined) return year!;
	const monthName = MONTHS[lang][Number(month) - 1]!;
	if (day === undefined) return `${monthName} ${year}`;
	const dayNumber = Number(day);
	const dayText = lang === 'fr' && dayNumber === 1 ? '1er' : String(dayNumber);
	return `${dayText} ${monthName} ${year}`;
}

export function fillTemplate(template: string, name: string, value: string): string {
	return template.split(`{{${name}}}`).join(value);
}

export function formatQuantity(value: number, unit: Localized, lang: Lang): string {
	return fillTemplate(unit[lang], 'n', formatNumber(value, lang));
}

export type EntityIndex = ReadonlyMap<string, Entity>;

export function indexEntities(entities: readonly Entity[]): EntityIndex {
	return new Map(entities.map((entity) => [entity.id, entity]));
}

export function entityName(entities: EntityIndex, id: string, lang: Lang): string {
	const entity = entities.get(id);
	if (!entity) throw new Error(`Unknown entity: ${id}`);
	return entity.name[lang];
}

/** The answer as a learner reads it, or undefined for answers that are not a single value (claims, sequences). */
export function formatAnswer(answer: Answer, lang: Lang, entities: EntityIndex): string | undefined {
	switch (answer.kind) {
		case 'number':
			return formatQuantity(answer.value, answer.unit, lang);
		case 'date':
			return formatDate(answer.value, lang);
		case 'entity':
			return entityName(entities, answer.ref, lang);
		case 'text':
			return answer.value[lang];
		case 'claim':
		case 'sequence':
			return undefined;
	}
}

export function localize(build: (lang: Lang) => string): Localized {
	return { fr: build('fr'), en: build('en') };
}
