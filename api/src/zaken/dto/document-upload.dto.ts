import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DOCUMENTSOORTEN, type Documentsoort } from '@woonstart/domain';

/** The text part of a document upload (multipart/form-data); the file itself is the part `bestand`. */
export class DocumentUploadDto {
  @ApiProperty({ enum: DOCUMENTSOORTEN, description: "Waar het document over gaat; 'medisch' is alleen zichtbaar voor de medisch adviseur en de uploadende organisatie" })
  @IsIn(DOCUMENTSOORTEN)
  soort!: Documentsoort;
}
