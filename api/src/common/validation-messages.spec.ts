import 'reflect-metadata';
import { IsIn, IsInt, IsString, ValidateNested, validateSync } from 'class-validator';
import { Type, plainToInstance } from 'class-transformer';
import { toVeldFouten } from './validation-messages';

class Kind { @IsInt() leeftijd!: number; }
class Voorbeeld {
  @IsString() naam!: string;
  @IsIn(['a', 'b']) soort!: string;
  @ValidateNested() @Type(() => Kind) kind!: Kind;
}

describe('toVeldFouten', () => {
  it('translates class-validator constraints into Dutch messages per field, nested paths included', () => {
    const errors = validateSync(plainToInstance(Voorbeeld, { naam: 3, soort: 'c', kind: { leeftijd: 'x' }, extra: 1 }), { whitelist: true, forbidNonWhitelisted: true });
    expect(toVeldFouten(errors)).toEqual(expect.arrayContaining([
      { veld: 'naam', melding: "Het veld 'naam' moet tekst zijn." },
      { veld: 'soort', melding: "Het veld 'soort' heeft een onbekende waarde." },
      { veld: 'kind.leeftijd', melding: "Het veld 'kind.leeftijd' moet een geheel getal zijn." },
      { veld: 'extra', melding: "Het veld 'extra' is onbekend en niet toegestaan." },
    ]));
  });

  it('prefixes fields, for event payloads', () => {
    const errors = validateSync(plainToInstance(Kind, { leeftijd: 'x' }));
    expect(toVeldFouten(errors, 'payload')).toEqual([{ veld: 'payload.leeftijd', melding: "Het veld 'payload.leeftijd' moet een geheel getal zijn." }]);
  });

  it('says a missing or null required field is missing, once, instead of every check it fails', () => {
    const errors = validateSync(plainToInstance(Voorbeeld, { naam: null, kind: { leeftijd: 3 } }));
    expect(toVeldFouten(errors)).toEqual([
      { veld: 'naam', melding: "Het veld 'naam' is verplicht." },
      { veld: 'soort', melding: "Het veld 'soort' is verplicht." },
    ]);
  });
});
