import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { ValidatieFout } from '../common/problem.model';
import { toVeldFouten } from '../common/validation-messages';
import { TransactionService } from '../idempotentie/transaction.service';
import type { GeuploadBestand } from '../zaken/document.service';
import { CreateWoningDto } from './create-woning.dto';
import { VELD_VAN_KOLOM, zetCsvRegelOm } from './woning-csv-regel.mapper';
import { leesWoningenCsv } from './woning-csv.parser';
import { adresSleutel, WoningCommandService } from './woning-command.service';
import { controleerLigging } from './woning-ligging.rule';
import { WoningQueryService } from './woning-query.service';
import type { WoningView } from './woning-view.model';

export interface ImportVerslag {
  /** Lines with a dwelling (the header and empty lines not counted). */
  readonly regels: number;
  readonly geimporteerd: number;
  readonly afgewezen: ReadonlyArray<{ readonly regel: number; readonly fouten: readonly string[] }>;
  readonly woningen: readonly WoningView[];
}

const KOLOM_VAN_VELD = new Map(Object.entries(VELD_VAN_KOLOM).map(([kolom, veld]) => [veld, kolom]));
/** The DTO speaks of fields ('gemeenteCbs'); the user of the columns of the file ('gemeente'). */
const metKolomnaam = (veld: string, melding: string) => {
  const kolom = KOLOM_VAN_VELD.get(veld) ?? veld;
  return melding.split(`'${veld}'`).join(`'${kolom}'`);
};

/**
 * CSV import of dwellings: every line is checked like a dwelling registered by
 * hand (same DTO, same ligging check, no address twice); the good lines are
 * saved together in one transaction, the others reported with all their reasons.
 */
@Injectable()
export class WoningImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WoningQueryService) private readonly query: WoningQueryService,
    @Inject(WoningCommandService) private readonly command: WoningCommandService,
    @Inject(TransactionService) private readonly transacties: TransactionService,
  ) {}

  async importeer(g: GebruikerContext, bestand: GeuploadBestand | undefined): Promise<ImportVerslag> {
    if (!bestand || bestand.size === 0) {
      const melding = bestand ? 'Het bestand is leeg.' : 'Kies een CSV-bestand om te importeren.';
      throw new ValidatieFout([{ veld: 'bestand', melding }], melding);
    }
    const csv = leesWoningenCsv(bestand.buffer);
    // Multer reads the multipart filename as latin1; browsers send UTF-8.
    const bestandsnaam = Buffer.from(bestand.originalname, 'latin1').toString('utf8');

    return this.transacties.run(async (m) => {
      const wijken = await this.query.wijken(undefined, m);
      const afgewezen = new Map<number, string[]>(csv.onleesbaar.map((o) => [o.regel, [o.fout]]));
      const goed: Array<{ regel: number; dto: CreateWoningDto }> = [];
      const eersteRegelVan = new Map<string, number>();

      for (const { regel, waarden } of csv.regels) {
        const omgezet = zetCsvRegelOm(waarden, wijken);
        const dto = plainToInstance(CreateWoningDto, omgezet.invoer);
        const dtoFouten = toVeldFouten(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }))
          .filter((f) => !omgezet.foutVelden.has(f.veld))
          .map((f) => metKolomnaam(f.veld, f.melding));
        const fouten = [...omgezet.fouten, ...dtoFouten];
        if (dto.gemeenteCbs && dto.wijkCode) fouten.push(...controleerLigging(dto, wijken, g).map((f) => f.melding));
        if (dto.adres && dto.postcode) {
          const sleutel = adresSleutel(dto.adres, dto.postcode);
          const eerder = eersteRegelVan.get(sleutel);
          if (eerder !== undefined) fouten.push(`Dezelfde woning (adres en postcode) staat al op regel ${eerder} van dit bestand.`);
          else eersteRegelVan.set(sleutel, regel);
        }
        if (fouten.length > 0) afgewezen.set(regel, [...new Set(fouten)]);
        else goed.push({ regel, dto });
      }

      const al = await this.command.actieveAdressen(m, g.organisatieId, goed.map((r) => r.dto));
      const nieuw = goed.filter((r) => {
        if (!al.has(adresSleutel(r.dto.adres, r.dto.postcode))) return true;
        afgewezen.set(r.regel, ['Deze woning (adres en postcode) is al aangemeld en nog niet verhuurd of ingetrokken.']);
        return false;
      });

      const ids = await this.command.registreer(m, g, nieuw.map((r) => ({ dto: r.dto, gegevens: { bestand: bestandsnaam, regel: r.regel } })), 'geimporteerd');
      return {
        regels: csv.regels.length + csv.onleesbaar.length,
        geimporteerd: ids.length,
        afgewezen: [...afgewezen.entries()].sort(([a], [b]) => a - b).map(([regel, fouten]) => ({ regel, fouten })),
        woningen: await this.query.views(m, g, ids),
      };
    });
  }
}
