import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DOCUMENTSOORTEN, MAX_DOCUMENT_BYTES } from '@woonstart/domain';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { parseId } from '../common/parse-id.pipe';
import { UploadFoutenInterceptor } from '../common/upload-fouten.interceptor';
import { DocumentService, type DocumentMetadata, type GeuploadBestand } from './document.service';
import { DocumentUploadDto } from './dto/document-upload.dto';

const LEZERS = ['zorgmedewerker', 'gemeentemedewerker', 'commissielid', 'medischAdviseur', 'corporatiemedewerker'] as const;

/**
 * Multer keeps the upload in memory (no `dest` or `storage`: memory storage) and
 * stops at the limits, so a large or many-part request never reaches the handler.
 * Busboy stops when a file *reaches* fileSize: one byte more lets exactly 5 MB through.
 */
const UPLOAD_LIMIETEN = { fileSize: MAX_DOCUMENT_BYTES + 1, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 50 };

@ApiTags('documenten')
@Controller('zaken/:id/documenten')
export class DocumentenController {
  constructor(@Inject(DocumentService) private readonly documenten: DocumentService) {}

  @Post()
  @HttpCode(201)
  @Rollen('zorgmedewerker', 'gemeentemedewerker', 'commissielid')
  @UseInterceptors(UploadFoutenInterceptor, FileInterceptor('bestand', { limits: UPLOAD_LIMIETEN }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['bestand', 'soort'],
      properties: { bestand: { type: 'string', format: 'binary', description: 'PDF, JPEG of PNG, hoogstens 5 MB' }, soort: { type: 'string', enum: [...DOCUMENTSOORTEN] } },
    },
  })
  @ApiOperation({ summary: 'Document toevoegen (indiener zolang de aanvraag gewijzigd kan worden, commissie tot het besluit); 413 te groot, 415 ander bestandstype' })
  upload(
    @Gebruiker() g: GebruikerContext,
    @Param('id', parseId()) id: string,
    @UploadedFile() bestand: GeuploadBestand | undefined,
    @Body() dto: DocumentUploadDto,
  ): Promise<DocumentMetadata> {
    return this.documenten.upload(g, id, bestand, dto.soort);
  }

  @Get()
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Documenten van de zaak (alleen gegevens, geen inhoud); medische documenten alleen voor de medisch adviseur en de uploadende organisatie' })
  lijst(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string): Promise<DocumentMetadata[]> {
    return this.documenten.lijst(g, id);
  }

  @Get(':documentId')
  @Rollen(...LEZERS)
  @ApiOperation({ summary: 'Document downloaden (ETag = sha256); elke download en elke weigering staat in het toegangslog' })
  async download(
    @Gebruiker() g: GebruikerContext,
    @Param('id', parseId()) id: string,
    @Param('documentId', parseId()) documentId: string,
    @Res() res: Response,
  ): Promise<void> {
    const document = await this.documenten.download(g, id, documentId);
    res.attachment(document.bestandsnaam);
    res.type(document.mimeType);
    res.setHeader('ETag', `"${document.sha256}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(document.inhoud);
  }
}
