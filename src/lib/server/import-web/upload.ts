// Reads an uploaded file from a multipart request, refusing what is too large or missing before any parsing starts.

/** The largest file the import page accepts. Reports and result books are far smaller; 20 MB leaves room for scans of tables pasted into DOCX. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Room for the multipart framing and the other form fields around the file. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** An upload that cannot be accepted; status is the HTTP status to answer with. */
export class UploadError extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly code: 'too_large' | 'no_file' | 'empty_file' | 'bad_form',
    message: string,
    readonly message_th: string,
  ) {
    super(message);
  }
}

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

function tooLarge(what: string, size: number, limit: number): UploadError {
  return new UploadError(
    413,
    'too_large',
    `${what} is ${megabytes(size)} MB; files up to ${megabytes(limit)} MB are accepted. Split the file (e.g. one sheet or one report per file) and upload the parts.`,
    `${what} มีขนาด ${megabytes(size)} MB แต่รับได้ไม่เกิน ${megabytes(limit)} MB ให้แยกไฟล์ (เช่น ชีตละไฟล์ หรือรายงานละไฟล์) แล้วอัปโหลดทีละส่วน`,
  );
}

/** The form of a multipart POST; refuses a body announced as too large before reading it. */
export async function readUploadForm(
  request: Request,
  limit: number = MAX_UPLOAD_BYTES,
): Promise<FormData> {
  const announced = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(announced) && announced > limit + FORM_OVERHEAD_BYTES)
    throw tooLarge('The upload', announced, limit);
  try {
    return await request.formData();
  } catch (err) {
    throw new UploadError(
      400,
      'bad_form',
      `The upload could not be read as a form with a file (${(err as Error).message}).`,
      'อ่านข้อมูลที่อัปโหลดไม่ได้ (ต้องส่งเป็นฟอร์มที่มีไฟล์แนบ)',
    );
  }
}

/** The file in field `field` of the form, read into memory. */
export async function uploadedFile(
  form: FormData,
  field = 'file',
  limit: number = MAX_UPLOAD_BYTES,
): Promise<UploadedFile> {
  const value = form.get(field);
  if (value === null || typeof value === 'string')
    throw new UploadError(
      400,
      'no_file',
      `No file was sent (form field '${field}'). Choose a file first.`,
      'ไม่ได้แนบไฟล์ ให้เลือกไฟล์ก่อน',
    );
  const name = value.name || 'upload';
  if (value.size > limit) throw tooLarge(name, value.size, limit);
  if (value.size === 0)
    throw new UploadError(400, 'empty_file', `${name} is empty.`, `ไฟล์ ${name} ว่างเปล่า`);
  return { name, bytes: new Uint8Array(await value.arrayBuffer()) };
}
