import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A wijk (neighbourhood) of a gemeente, by CBS-style code ('WK' + gemeente + two digits).
 * Reference data from the woningen migration; the codes are demo codes until the CBS list replaces them.
 */
@Entity('wijk')
export class WijkEntity {
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ name: 'gemeente_cbs', type: 'char', length: 4 }) gemeenteCbs!: string;
  @Column({ type: 'text' }) naam!: string;
}
