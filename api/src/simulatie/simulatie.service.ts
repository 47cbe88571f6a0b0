import { Injectable } from '@nestjs/common';
import {
  simuleerJaar, standaardSimulatieConfiguratie, todayIso, type SimulatieConfiguratie, type SimulatieResultaat, type Urgentiecategorie,
} from '@woonstart/domain';
import { SIMULATIE_JAREN, type SimulatieDto } from './simulatie.dto';

export interface SimulatieView {
  readonly configuratie: SimulatieConfiguratie;
  readonly resultaat: SimulatieResultaat;
}

/** The year simulation (issue 5 §3): no database, only the domain rules on synthetic cases. */
@Injectable()
export class SimulatieService {
  /** The current year when its rent limits are known, otherwise the latest year that has them. */
  standaardJaar(): number {
    const huidig = Number(todayIso().slice(0, 4));
    return SIMULATIE_JAREN.includes(huidig) ? huidig : SIMULATIE_JAREN[SIMULATIE_JAREN.length - 1];
  }

  standaard(jaar?: number): SimulatieConfiguratie {
    return standaardSimulatieConfiguratie(jaar ?? this.standaardJaar());
  }

  configuratie(dto: SimulatieDto): SimulatieConfiguratie {
    const std = this.standaard(dto.jaar);
    const factor = dto.instroomFactor ?? 1;
    const basisInstroom: Partial<Record<Urgentiecategorie, number>> = { ...std.instroom, ...(dto.instroom as Partial<Record<Urgentiecategorie, number>> | undefined) };
    const instroom = Object.fromEntries(Object.entries(basisInstroom).map(([c, n]) => [c, Math.round((n ?? 0) * factor)]));
    const eigen = new Map((dto.vacatures ?? []).map((v) => [v.gemeenteCbs, v]));
    return {
      ...std,
      seed: dto.seed ?? std.seed,
      instroom,
      vacatures: std.vacatures.map((v) => {
        const e = eigen.get(v.gemeenteCbs);
        return e ? { gemeenteCbs: v.gemeenteCbs, sociaal: e.sociaal, onderAftopping: Math.min(e.onderAftopping, e.sociaal) } : v;
      }),
      plafondAandeel: dto.plafondAandeel ?? std.plafondAandeel,
      basis: dto.basis ?? std.basis,
      bemiddelingAandeel: dto.bemiddelingAandeel ?? std.bemiddelingAandeel,
      verschuivingAandeel: dto.verschuivingAandeel ?? std.verschuivingAandeel,
    };
  }

  simuleer(dto: SimulatieDto): SimulatieView {
    const configuratie = this.configuratie(dto);
    return { configuratie, resultaat: simuleerJaar(configuratie) };
  }
}
