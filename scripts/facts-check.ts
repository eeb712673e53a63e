/**
 * `npm run facts:check [-- --sources <folder of seed articles>]`: validates src/lib/facts/facts.json against its
 * JSON Schema and the rules in validate.ts, then prints coverage per topic, per source and per question type.
 * Exits 1 on any problem.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FactFile } from '../src/lib/facts/types';
import { validateFactFile } from '../src/lib/facts/validate';
import { questionTypesFor } from '../src/lib/quiz/generate';
import { QUESTION_TYPES } from '../src/lib/quiz/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const factsPath = join(root, 'src/lib/facts/facts.json');
const schemaPath = join(root, 'src/lib/facts/facts.schema.json');

const args = process.argv.slice(2);
const sourcesIndex = args.indexOf('--sources');
const sourcesDir = sourcesIndex >= 0 ? args[sourcesIndex + 1] : undefined;

const file = JSON.parse(readFileSync(factsPath, 'utf8')) as FactFile;
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
let failed = false;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validateSchema = ajv.compile(schema);
if (!validateSchema(file)) {
	failed = true;
	console.error('Schema errors:');
	for (const error of validateSchema.errors ?? []) console.error(`  ${error.instancePath} ${error.message}`);
}

let seedTexts: Map<string, string> | undefined;
if (sourcesDir) {
	const folder = resolve(sourcesDir);
	if (existsSync(folder)) {
		seedTexts = new Map(
			readdirSync(folder)
				.filter((name) => name.endsWith('.txt'))
				.map((name) => [name, readFileSync(join(folder, name), 'utf8')])
		);
	} else if (process.env.CI) {
		failed = true;
		console.error(`The seed folder ${folder} does not exist: seed quotes cannot be checked.`);
	} else {
		console.warn(
			`Note: ${folder} does not exist here, so seed quotes were not checked against the articles.`
		);
	}
}

const problems = validateFactFile(file, seedTexts);
if (problems.length > 0) {
	failed = true;
	console.error(`${problems.length} problem(s):`);
	for (const problem of problems) console.error(`  ${problem.factId ?? '(file)'}: ${problem.message}`);
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);
console.log(`\n${file.facts.length} facts, ${file.entities.length} entities, ${file.topics.length} topics`);

console.log('\nFacts per topic');
for (const topic of file.topics) {
	const facts = file.facts.filter((fact) => fact.topic === topic.id);
	const levels = [1, 2, 3].map((level) => facts.filter((fact) => fact.difficulty === level).length);
	console.log(`  ${pad(topic.id, 15)} ${pad(facts.length, 4)} (difficulty 1/2/3: ${levels.join('/')})`);
}

console.log('\nFacts per source');
const perSource = new Map<string, number>();
for (const fact of file.facts) {
	const keys = new Set(
		fact.sources.map((source) => ('seed' in source ? `seed ${source.seed}` : new URL(source.url).host))
	);
	for (const key of keys) perSource.set(key, (perSource.get(key) ?? 0) + 1);
}
for (const [key, count] of [...perSource].sort((a, b) => b[1] - a[1]))
	console.log(`  ${pad(count, 4)} ${key}`);

console.log('\nFacts that can feed each question type');
const perType = new Map<string, number>(QUESTION_TYPES.map((type) => [type, 0]));
for (const fact of file.facts) {
	for (const type of questionTypesFor(file, fact)) perType.set(type, perType.get(type)! + 1);
}
for (const [type, count] of perType) console.log(`  ${pad(type, 15)} ${count}`);

if (failed) {
	console.error('\nfacts:check failed');
	process.exit(1);
}
console.log('\nfacts:check passed');
