// The letters library's data the letter page is built from, read from the repository (the single source of
// truth), the same files the build bundles: the field table, its schema, the texts, and the shared row cases.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseProperties } from '../../scripts/properties.js';

export const LETTERS_DIR = fileURLToPath(new URL('../../../letters/src/main/resources/eu/oppose/letters/', import.meta.url));

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

export const formTable = readJson(`${LETTERS_DIR}form.json`);
export const formSchema = readJson(`${LETTERS_DIR}form.schema.json`);
export const formRowCases = readJson(fileURLToPath(new URL('../../../letters/src/test/resources/cases/form-rows.json', import.meta.url)));

/** A language's letter texts, as the build converts them. */
export const letterTexts = (lang) =>
  parseProperties(readFileSync(`${LETTERS_DIR}templates/${lang}/messages.properties`, 'utf8'));
