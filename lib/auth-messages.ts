// Login failure codes (from the Credentials provider) to messages for the login form.
export function loginErrorMessage(code: string | null | undefined): string {
  const [kind, minutes] = (code ?? "").split(":");
  switch (kind) {
    case "LOCKED":
      return `Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes || 15} menit atau hubungi admin.`;
    case "INACTIVE":
      return "Akun Anda sudah dinonaktifkan. Hubungi admin Bapas.";
    case "INVALID":
    case "CredentialsSignin":
      return "Email atau kata sandi salah.";
    case "UNAVAILABLE":
      return "Bimbing sedang tidak dapat menghubungi basis data, jadi Anda belum dapat masuk. Coba lagi dalam beberapa menit; jika berlanjut, hubungi admin Bapas.";
    default:
      return "Tidak dapat masuk saat ini. Coba lagi sebentar lagi.";
  }
}
