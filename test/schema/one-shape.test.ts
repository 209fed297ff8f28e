// Each record's shape is declared once, in src/schema/. A second declaration elsewhere in src — an interface or
// object type under a record's name, or an object literal spelling out every field of a record (a hand-made
// "empty order") — is how copies start to drift, so it fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { OrderFactsSchema } from '../../src/schema/order.ts';
import { ClaimFactsSchema } from '../../src/schema/claim.ts';
import { ReturnFactsSchema } from '../../src/schema/return.ts';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

const RECORD_NAMES = ['OrderFacts', 'ClaimFacts', 'MessageFacts', 'ReturnFacts', 'PageReading', 'OrderCase',
  'StoredOrderCase', 'StoredMessage', 'ConfirmedFacts', 'Money', 'Settings', 'SellerSettings', 'ReminderSettings'];

/** The fields a literal must list to be a copy of the record: every field that is not optional. */
const requiredKeys = (schema: v.ObjectSchema<v.ObjectEntries, undefined>) =>
  Object.entries(schema.entries).filter(([, e]) => e.type !== 'optional').map(([k]) => k);

const LITERAL_RECORDS: Record<string, string[]> = {
  OrderFacts: requiredKeys(OrderFactsSchema),
  ClaimFacts: requiredKeys(ClaimFactsSchema),
  ReturnFacts: requiredKeys(ReturnFactsSchema),
  // A second set of defaults starts as a literal with the seller's signature and reply languages.
  SellerSettings: ['signature', 'replyLanguages'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(d.name) ? [path] : [];
  });
}

interface Finding { file: string; line: number; what: string }

/** Record declarations and record-copying literals in one file's text. */
function shapeCopies(file: string, code: string): Finding[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Finding[] = [];
  const at = (node: ts.Node, what: string) =>
    out.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, what });
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && RECORD_NAMES.includes(node.name.text)) at(node, `interface ${node.name.text}`);
    if (ts.isTypeAliasDeclaration(node) && RECORD_NAMES.includes(node.name.text) && ts.isTypeLiteralNode(node.type)) {
      at(node, `type ${node.name.text} = { ... }`);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const keys = new Set(node.properties.flatMap((p) =>
        (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
          ? [p.name.text] : []));
      for (const [record, required] of Object.entries(LITERAL_RECORDS)) {
        if (required.every((k) => keys.has(k))) at(node, `object literal with every ${record} field`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('one declaration per record', () => {
  it('finds the copies it is meant to find', () => {
    const handMadeOrder = `const o = { orderId, status: null, purchaseDate: null, shipBy: null, deliverBy: null, shippedAt: null,
      deliveredAt: null, carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null,
      claimsProtected: null, fulfillment: null };`;
    expect(shapeCopies('a.ts', handMadeOrder).map((f) => f.what)).toEqual(['object literal with every OrderFacts field']);
    expect(shapeCopies('b.ts', 'export interface OrderFacts { orderId: string }').map((f) => f.what)).toEqual(['interface OrderFacts']);
    expect(shapeCopies('c.ts', "type ReturnFacts = { orderId: string | null };").map((f) => f.what)).toEqual(['type ReturnFacts = { ... }']);
    expect(shapeCopies('e.ts', "export const DEFAULTS = { signature: '', replyLanguages: [] };").map((f) => f.what))
      .toEqual(['object literal with every SellerSettings field']);
    // Part of a record, or a record built from its schema, is not a copy.
    expect(shapeCopies('d.ts', 'const x = { orderId, status: null }; type OrderFacts = v.InferOutput<typeof S>;')).toEqual([]);
  });

  it('no file outside src/schema/ declares a record or spells out all its fields', () => {
    const files = sourceFiles(SRC).filter((f) => !relative(SRC, f).startsWith('schema'));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => shapeCopies(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found.map((f) => `${f.file}:${f.line} ${f.what}`)).toEqual([]);
  });

  it('the literal check knows the records by their schemas', () => {
    expect(LITERAL_RECORDS.OrderFacts).toContain('fulfillment');
    expect(LITERAL_RECORDS.OrderFacts).not.toContain('firstScanAt');
    expect(LITERAL_RECORDS.ClaimFacts).toEqual(expect.arrayContaining(['claimType', 'respondBy', 'fundedBy']));
  });
});
