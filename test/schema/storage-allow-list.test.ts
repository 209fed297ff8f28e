// The stored form of each record is picked from its schema field by field: a field the record gains is not
// stored until it is chosen, and a chosen field that can carry what a page prints gets a form that refuses
// contact data.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ORDER_FIELDS, STORED_CLAIM_FIELDS, STORED_MESSAGE_FIELDS, STORED_ORDER_FIELDS, STORED_RETURN_FIELDS, scrubClaim,
  scrubMessage, scrubOrderFacts, scrubReturn,
} from '../../src/background/storage-schema.ts';
import { ClaimFactsSchema, emptyClaim } from '../../src/schema/claim.ts';
import { MessageFactsSchema } from '../../src/schema/message.ts';
import { OrderFactsSchema, emptyOrder } from '../../src/schema/order.ts';
import { ReturnFactsSchema, emptyReturn } from '../../src/schema/return.ts';
import type { OrderId } from '../../src/model.ts';

const ID = '113-4829137-5520614' as OrderId;
const EMAIL = 'write to jo.buyer@example.com';
const PHONE = 'call +1 206 555 0100';

describe('the stored fields are chosen from the record schemas', () => {
  it('names only fields the records have, and keeps no message text', () => {
    for (const [fields, schema] of [[STORED_ORDER_FIELDS, OrderFactsSchema], [STORED_CLAIM_FIELDS, ClaimFactsSchema],
      [STORED_RETURN_FIELDS, ReturnFactsSchema], [STORED_MESSAGE_FIELDS, MessageFactsSchema]] as const) {
      for (const f of fields) expect(Object.keys(schema.entries)).toContain(f);
    }
    expect(STORED_MESSAGE_FIELDS).not.toContain('text');
    // Amazon's SAFE-T comment and denial text may quote the buyer: not chosen.
    expect(STORED_CLAIM_FIELDS).not.toContain('amazonComment');
    expect(STORED_CLAIM_FIELDS).not.toContain('denialReason');
  });

  it('drops a field a record gains until it is chosen', () => {
    const grown = { buyerName: 'Jo Buyer', shipToAddress: '12 Elm St' };
    expect(Object.keys(scrubOrderFacts({ ...emptyOrder(ID), ...grown }))).toEqual(STORED_ORDER_FIELDS.filter((f) => f in emptyOrder(ID)));
    const claim = scrubClaim({ ...emptyClaim(), orderId: ID, ...grown, amazonComment: 'buyer says hi' })!;
    expect(Object.keys(claim).sort()).toEqual(Object.keys(emptyClaim()).sort());
    const ret = scrubReturn({ ...emptyReturn(), orderId: ID, ...grown })!;
    expect(Object.keys(ret).sort()).toEqual([...STORED_RETURN_FIELDS].sort());
    const msg = scrubMessage({ orderId: ID, from: 'buyer', sentAt: null, text: 'hello', intents: ['cancel'], ...grown })!;
    expect(msg).toEqual({ orderId: ID, from: 'buyer', sentAt: null, intents: ['cancel'] });
  });

  it('is stricter than the record wherever the record takes free text', () => {
    // Every stored order field that the record would take an email or a phone number in refuses it when stored.
    const open = STORED_ORDER_FIELDS.filter((f) => v.is(OrderFactsSchema.entries[f], EMAIL) || v.is(OrderFactsSchema.entries[f], PHONE));
    expect(open).toEqual(expect.arrayContaining(['carrier', 'shippingService', 'shipToCountry', 'trackingId']));
    for (const f of open) {
      expect(v.is(ORDER_FIELDS[f], EMAIL), `${f} stores an email`).toBe(false);
      if (f !== 'trackingId') expect(v.is(ORDER_FIELDS[f], PHONE), `${f} stores a phone number`).toBe(false);
    }
    const claimText = STORED_CLAIM_FIELDS.filter((f) => v.is(ClaimFactsSchema.entries[f], EMAIL));
    expect(claimText.length).toBeGreaterThan(1);
    for (const f of claimText) expect(scrubClaim({ ...emptyClaim(), [f]: EMAIL }), `claim ${f}`).toBeNull();
    const returnText = STORED_RETURN_FIELDS.filter((f) => v.is(ReturnFactsSchema.entries[f], EMAIL));
    expect(returnText.length).toBeGreaterThan(0);
    for (const f of returnText) expect(scrubReturn({ ...emptyReturn(), [f]: EMAIL }), `return ${f}`).toBeNull();
  });
});

describe('the empty records come from the schemas', () => {
  it('an empty order has every field, all null but its id', () => {
    const o = emptyOrder(ID);
    expect(Object.keys(o)).toEqual(Object.keys(OrderFactsSchema.entries));
    expect(Object.entries(o).filter(([k, val]) => k !== 'orderId' && val !== null)).toEqual([]);
    expect(v.is(OrderFactsSchema, o)).toBe(true);
  });

  it('an empty claim leaves out the SAFE-T fields, an empty return has them all', () => {
    expect(Object.keys(emptyClaim())).not.toContain('appealBy');
    expect(Object.keys(emptyClaim())).toContain('claimId');
    expect(v.is(ClaimFactsSchema, emptyClaim())).toBe(true);
    expect(Object.keys(emptyReturn())).toEqual(Object.keys(ReturnFactsSchema.entries));
  });
});
