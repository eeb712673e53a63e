/**
 * Teacher quiz links and student result receipts as short, versioned, URL-safe codes: compact JSON, deflated with
 * the platform's CompressionStream, in base64url, behind a version prefix. Decoding never throws: a truncated,
 * tampered, oversized or foreign code comes back as a reason.
 */
import type { Lang } from '../facts/types';
import { hashText } from './hash';
import { isQuestionType, MAX_TITLE_LENGTH } from './link';
import type { PlanItem, QuizPlan } from './plan';
import { QUESTION_TYPES, type Response } from './types';

export const SHARE_VERSION = 1;
export const MAX_CODE_LENGTH = 6000;
export const MAX_NAME_LENGTH = 60;

export type TeacherQuiz = {
	title: string;
	/** Fixed language, or undefined when the student chooses. */
	lang?: Lang;
	timerMinutes?: number;
	exam?: boolean;
	plan: QuizPlan;
};

export type Receipt = {
	/** The id of the teacher quiz it answers. */
	quizId: string;
	name: string;
	responses: (Response | null)[];
	score: number;
	total: number;
	durationMs: number;
	finishedAt: string;
};

export type CodeProblem = 'empty' | 'too-long' | 'unknown-version' | 'newer-version' | 'damaged' | 'invalid';
export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: CodeProblem };

/* ---------- bytes ---------- */

async function transform(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream
): Promise<Uint8Array> {
	const response = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
	return new Uint8Array(await response.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
	try {
		const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
		return Uint8Array.from(binary, (character) => character.charCodeAt(0));
	} catch {
		return undefined;
	}
}

async function pack(value: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(value));
	return `${SHARE_VERSION}.${toBase64Url(await transform(json, new CompressionStream('deflate-raw')))}`;
}

async function unpack(code: string): Promise<Decoded<unknown>> {
	const trimmed = code.trim();
	if (!trimmed) return { ok: false, problem: 'empty' };
	if (trimmed.length > MAX_CODE_LENGTH) return { ok: false, problem: 'too-long' };
	const match = /^(\d+)\.(.*)$/.exec(trimmed);
	if (!match) return { ok: false, problem: 'unknown-version' };
	const version = Number(match[1]);
	if (version > SHARE_VERSION) return { ok: false, problem: 'newer-version' };
	if (version !== SHARE_VERSION) return { ok: false, problem: 'unknown-version' };
	const bytes = fromBase64Url(match[2]!);
	if (!bytes) return { ok: false, problem: 'damaged' };
	try {
		const inflated = await transform(bytes, new DecompressionStream('deflate-raw'));
		if (inflated.length > MAX_CODE_LENGTH * 20) return { ok: false, problem: 'too-long' };
		return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated)) };
	} catch {
		return { ok: false, problem: 'damaged' };
	}
}

/* ---------- validation helpers ---------- */

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
const isIdList = (value: unknown): value is string[] =>
	Array.isArray(value) &&
	value.length > 0 &&
	value.length <= 8 &&
	value.every((id) => typeof id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id.length <= 80);

/* ---------- teacher quizzes ---------- */

type PackedItem = [number, string[], string, string[]?];

export async function encodeTeacherQuiz(quiz: TeacherQuiz): Promise<string> {
	return pack({
		t: quiz.title.slice(0, MAX_TITLE_LENGTH),
		l: quiz.lang,
		m: quiz.timerMinutes,
		x: quiz.exam ? 1 : undefined,
		s: quiz.plan.seed,
		i: quiz.plan.items.map((item): PackedItem => {
			const packed: PackedItem = [
				QUESTION_TYPES.indexOf(item.type),
				item.factIds,
				item.fingerprints.join('')
			];
			if (item.distractors?.length) packed.push(item.distractors);
			return packed;
		})
	});
}

export async function decodeTeacherQuiz(code: string): Promise<Decoded<TeacherQuiz>> {
	const unpacked = await unpack(code);
	if (!unpacked.ok) return unpacked;
	const value = unpacked.value;
	if (!isObject(value) || !Array.isArray(value.i) || value.i.length === 0 || value.i.length > 60) {
		return { ok: false, problem: 'invalid' };
	}
	if (typeof value.t !== 'string' || value.t.length > MAX_TITLE_LENGTH)
		return { ok: false, problem: 'invalid' };
	if (typeof value.s !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value.s))
		return { ok: false, problem: 'invalid' };
	if (value.l !== undefined && value.l !== 'fr' && value.l !== 'en') return { ok: false, problem: 'invalid' };
	if (value.m !== undefined && !(isCount(value.m, 180) && value.m > 0))
		return { ok: false, problem: 'invalid' };
	if (value.x !== undefined && value.x !== 1) return { ok: false, problem: 'invalid' };
	const items: PlanItem[] = [];
	for (const packed of value.i) {
		if (!Array.isArray(packed) || packed.length < 3 || packed.length > 4)
			return { ok: false, problem: 'invalid' };
		const [typeIndex, factIds, fingerprints, distractors] = packed as unknown[];
		const type = QUESTION_TYPES[typeIndex as number];
		if (!isCount(typeIndex) || !type || !isQuestionType(type) || !isIdList(factIds)) {
			return { ok: false, problem: 'invalid' };
		}
		if (typeof fingerprints !== 'string' || !/^[0-9a-z]*$/.test(fingerprints)) {
			return { ok: false, problem: 'invalid' };
		}
		if (fingerprints.length !== factIds.length * 4) return { ok: false, problem: 'invalid' };
		if (distractors !== undefined && !isIdList(distractors)) return { ok: false, problem: 'invalid' };
		items.push({
			type,
			factIds,
			fingerprints: factIds.map((_, index) => fingerprints.slice(index * 4, index * 4 + 4)),
			...(distractors ? { distractors: distractors as string[] } : {})
		});
	}
	return {
		ok: true,
		value: {
			title: value.t,
			lang: value.l as Lang | undefined,
			timerMinutes: value.m as number | undefined,
			exam: value.x === 1 || undefined,
			plan: { seed: value.s, items }
		}
	};
}

/** A short id that names a teacher quiz, from its code. */
export function teacherQuizId(code: string): string {
	return hashText(code.trim(), 10);
}

/* ---------- receipts ---------- */

type PackedResponse = number | string | number[] | [number[]] | null;

function packResponse(response: Response | null): PackedResponse {
	if (response === null) return null;
	switch (response.kind) {
		case 'choice':
			return response.index;
		case 'text':
			return response.text;
		case 'pairs':
			return [response.pairs];
		case 'order':
			return response.order;
	}
}

function unpackResponse(packed: unknown): Response | null | undefined {
	if (packed === null) return null;
	if (isCount(packed, 100)) return { kind: 'choice', index: packed };
	if (typeof packed === 'string' && packed.length <= 200) return { kind: 'text', text: packed };
	const isIndexList = (value: unknown): value is number[] =>
		Array.isArray(value) && value.length <= 8 && value.every((item) => isCount(item, 8));
	if (Array.isArray(packed) && packed.length === 1 && isIndexList(packed[0])) {
		return { kind: 'pairs', pairs: packed[0] };
	}
	if (isIndexList(packed)) return { kind: 'order', order: packed };
	return undefined;
}

function receiptBody(receipt: Receipt) {
	return {
		q: receipt.quizId,
		n: receipt.name.slice(0, MAX_NAME_LENGTH),
		r: receipt.responses.map(packResponse),
		s: receipt.score,
		t: receipt.total,
		d: receipt.durationMs,
		f: receipt.finishedAt
	};
}

export async function encodeReceipt(receipt: Receipt): Promise<string> {
	const body = receiptBody(receipt);
	return pack({ ...body, k: hashText(JSON.stringify(body), 6) });
}

export async function decodeReceipt(code: string): Promise<Decoded<Receipt>> {
	const unpacked = await unpack(code);
	if (!unpacked.ok) return unpacked;
	const value = unpacked.value;
	if (!isObject(value) || typeof value.k !== 'string') return { ok: false, problem: 'invalid' };
	const { k: checksum, ...body } = value;
	if (hashText(JSON.stringify(body), 6) !== checksum) return { ok: false, problem: 'damaged' };
	if (typeof body.q !== 'string' || typeof body.n !== 'string' || body.n.length > MAX_NAME_LENGTH) {
		return { ok: false, problem: 'invalid' };
	}
	if (!Array.isArray(body.r) || body.r.length === 0 || body.r.length > 60)
		return { ok: false, problem: 'invalid' };
	const responses = body.r.map(unpackResponse);
	if (responses.some((response) => response === undefined)) return { ok: false, problem: 'invalid' };
	if (!isCount(body.t, 60) || !isCount(body.s, body.t) || !isCount(body.d))
		return { ok: false, problem: 'invalid' };
	if (typeof body.f !== 'string' || Number.isNaN(Date.parse(body.f)))
		return { ok: false, problem: 'invalid' };
	return {
		ok: true,
		value: {
			quizId: body.q,
			name: body.n,
			responses: responses as (Response | null)[],
			score: body.s,
			total: body.t,
			durationMs: body.d,
			finishedAt: body.f
		}
	};
}

/** Two copies of the same receipt have the same id. */
export function receiptId(receipt: Receipt): string {
	return hashText(JSON.stringify(receiptBody(receipt)), 10);
}
