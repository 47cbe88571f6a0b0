import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

export class DevLoginDto {
  @ApiProperty({ example: 'commissie@haaglanden.demo' })
  @IsEmail()
  @MaxLength(200)
  email!: string;
}
