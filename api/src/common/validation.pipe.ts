import { ValidationPipe } from '@nestjs/common';
import { ValidatieFout } from './problem.model';
import { toVeldFouten } from './validation-messages';

/** Global pipe: unknown fields are refused, types are converted, errors are Dutch field errors. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidatieFout(toVeldFouten(errors)),
  });
}
