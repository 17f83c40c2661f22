// Reads an uploaded file (a raw body, or multipart) and its options, refusing what is too large or missing before any parsing starts.

/** The largest file the import page accepts. Reports and result books are far smaller; 20 MB leaves room for pictures pasted into a DOCX. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Room for the multipart framing and the other form fields around the file. */
const FORM_OVERHEAD_BYTES = 256 * 1024;
/** The header that names a file sent as the raw request body (URI-encoded, as Thai names are not ASCII). */
export const FILE_NAME_HEADER = 'x-file-name';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** Where the options of an upload are read from: the form, or the URL's query for a raw body. */
export interface UploadFields {
  get(name: string): FormDataEntryValue | null;
}

export interface Upload {
  fields: UploadFields;
  /** Reads the file; for a raw body this is when the body is read. */
  file(): Promise<UploadedFile>;
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
/** Two decimals, so that a file just over the limit does not read as the limit itself. */
const size = (n: number) => (n / 1024 / 1024).toFixed(2);

function tooLarge(what: string, bytes: number, limit: number): UploadError {
  return new UploadError(
    413,
    'too_large',
    `${what} is ${size(bytes)} MB; files up to ${megabytes(limit)} MB are accepted. Split the file (e.g. one sheet or one report per file) and upload the parts.`,
    `${what} มีขนาด ${size(bytes)} MB แต่รับได้ไม่เกิน ${megabytes(limit)} MB ให้แยกไฟล์ (เช่น ชีตละไฟล์ หรือรายงานละไฟล์) แล้วอัปโหลดทีละส่วน`,
  );
}

const noFile = () =>
  new UploadError(
    400,
    'no_file',
    'No file was sent. Choose a file first.',
    'ไม่ได้แนบไฟล์ ให้เลือกไฟล์ก่อน',
  );

function checked(name: string, bytes: Uint8Array, limit: number): UploadedFile {
  if (bytes.length > limit) throw tooLarge(name, bytes.length, limit);
  if (bytes.length === 0)
    throw new UploadError(400, 'empty_file', `${name} is empty.`, `ไฟล์ ${name} ว่างเปล่า`);
  return { name, bytes };
}

function decodedName(raw: string | null): string | null {
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The upload in a request. The page sends the file as the raw body (name in x-file-name, options in the query): a
 * multipart form POST would meet SvelteKit's cross-site form check wherever the server does not know its own ORIGIN.
 * Multipart (field `file`, options as fields) works too, for scripts and plain HTML forms.
 */
export async function readUpload(
  request: Request,
  limit: number = MAX_UPLOAD_BYTES,
): Promise<Upload> {
  const announced = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(announced) && announced > limit + FORM_OVERHEAD_BYTES)
    throw tooLarge('The upload', announced, limit);
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch (err) {
      throw new UploadError(
        400,
        'bad_form',
        `The upload could not be read as a form with a file (${(err as Error).message}).`,
        'อ่านข้อมูลที่อัปโหลดไม่ได้ (ต้องส่งเป็นฟอร์มที่มีไฟล์แนบ)',
      );
    }
    return {
      fields: form,
      file: async () => {
        const value = form.get('file');
        if (value === null || typeof value === 'string') throw noFile();
        const name = value.name || 'upload';
        if (value.size > limit) throw tooLarge(name, value.size, limit);
        return checked(name, new Uint8Array(await value.arrayBuffer()), limit);
      },
    };
  }
  const url = new URL(request.url);
  const name = decodedName(request.headers.get(FILE_NAME_HEADER)) ?? url.searchParams.get('name');
  return {
    fields: url.searchParams,
    file: async () => {
      if (!name && !request.body) throw noFile();
      return checked(name || 'upload', new Uint8Array(await request.arrayBuffer()), limit);
    },
  };
}
