// A serial number under its label ("SN", "シリアル", "número de série") and a Brazilian postcode written as a draft's CEP
// is written are not phone numbers; a number asked to be dialled still is.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';

const phones = (text: string) => check(text).filter((f) => f.kind === 'phone').map((f) => f.text);

describe('numbers that only look like phones', () => {
  it('a serial number under its label', () => {
    expect(phones('The serial on your photo, SN 5521-0873-44, is not in the recalled batch.')).toEqual([]);
    expect(phones('写真のシリアル番号 SN 2093-5518-07 は対象外です。')).toEqual([]);
    expect(phones('Il numero di serie della foto, SN 7730-1294-56, è del lotto giusto.')).toEqual([]);
  });

  it('a range of two dates', () => {
    expect(phones('Wir sind vom 01.12~05.12.2026 im Urlaub, danach sofort wieder da.')).toEqual([]);
    expect(phones('Cerrado del 24/12-02/01/2027 por vacaciones.')).toEqual([]);
    expect(phones('Chiuso dal 7.1 – 9.1.2027.')).toEqual([]);
  });

  it('a second CEP in a draft that names one', () => {
    expect(phones('O CEP no pedido é 04538-132; a rua nova fica no 04538-133, a entrega chega igual.')).toEqual([]);
  });

  it('a salutation or an everyday "serie" before a phone hides nothing', () => {
    for (const text of ['Sn. Müşterimiz, bize 0532 123 45 67 numarasından ulaşabilirsiniz.',
      'Abbiamo una serie di opzioni per lei: 347 123 4567, scriva quando vuole.', 'Temos uma série de opções: 11 98765-4321 (whats).',
      'sn: 0151 23456789 bitte anrufen']) expect(phones(text), text).not.toEqual([]);
  });

  it('a number to dial is still a phone, whatever separates its groups', () => {
    expect(phones('Ring oss på 0555~21~43~09 så bokar vi en tid.')).toContain('0555~21~43~09');
    expect(phones('Ligue para (11) 95555-0123 e resolvemos.')).not.toEqual([]);
    expect(phones('Call me on 0417 338 126 about the serial.')).not.toEqual([]);
  });
});
