// Login failure codes (from the Credentials provider) to messages for the login form.
export const INVALID_LOGIN_MESSAGE =
  "Email atau kata sandi salah. Setelah 5 kali gagal berturut-turut akun dikunci sementara 15 menit; lupa kata sandi? Hubungi admin Bapas.";

export function loginErrorMessage(code: string | null | undefined): string {
  const [kind] = (code ?? "").split(":");
  switch (kind) {
    // One answer for an unknown email, a wrong password and a locked account (no enumeration).
    case "LOCKED":
    case "INVALID":
    case "CredentialsSignin":
      return INVALID_LOGIN_MESSAGE;
    case "INACTIVE":
      return "Akun Anda sudah dinonaktifkan. Hubungi admin Bapas.";
    case "UNAVAILABLE":
      return "Bimbing sedang tidak dapat menghubungi basis data, jadi Anda belum dapat masuk. Coba lagi dalam beberapa menit; jika berlanjut, hubungi admin Bapas.";
    default:
      return "Tidak dapat masuk saat ini. Coba lagi sebentar lagi.";
  }
}
