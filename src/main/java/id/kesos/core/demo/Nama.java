package id.kesos.core.demo;

import java.util.SplittableRandom;

/** Plausible, synthetic Indonesian names (common given names of Banten, West and Central Java). */
final class Nama {
    private static final String[] LAKI = {"Asep", "Ujang", "Dede", "Agus", "Budi", "Cecep", "Dadang", "Deden", "Endang", "Eko",
        "Hendra", "Iwan", "Jajang", "Kurnia", "Maman", "Nana", "Ade", "Rudi", "Saepul", "Tatang", "Udin", "Wawan", "Yayan",
        "Ahmad", "Muhammad", "Rizki", "Fajar", "Hasan", "Ilham", "Joko", "Slamet", "Sutrisno", "Bambang", "Supriadi", "Sukardi",
        "Suherman", "Rohmat", "Karim", "Arif", "Dani", "Yusuf", "Aris", "Encep", "Mulyadi", "Sarip", "Rahmat", "Hidayat",
        "Nurdin", "Samsul", "Sopian"};
    private static final String[] PEREMPUAN = {"Siti", "Euis", "Nurhayati", "Aminah", "Dewi", "Eneng", "Fitri", "Ika", "Imas",
        "Iis", "Lilis", "Neneng", "Nining", "Nur", "Rina", "Ratna", "Sri", "Tuti", "Wati", "Yuli", "Yani", "Ai", "Enung",
        "Juju", "Komariah", "Maesaroh", "Mulyani", "Nia", "Popon", "Rohayati", "Sumiati", "Titin", "Eti", "Dedeh", "Entin",
        "Umi", "Halimah", "Khadijah", "Fatimah", "Suryani", "Sulastri", "Wulan", "Anisa", "Putri", "Ayu", "Rosita", "Nurjanah",
        "Kartini", "Sukaesih", "Iyah"};
    private static final String[] BELAKANG_L = {"Hidayat", "Saputra", "Suryadi", "Permana", "Kusnadi", "Setiawan",
        "Sopandi", "Maulana", "Hermawan", "Nurjaman", "Supriatna", "Wijaya", "Gunawan", "Fauzi", "Ramdani", "Mulyana",
        "Sudrajat", "Rohman", "Hakim", "Firmansyah", "Kurniawan", "Nugraha", "Santoso"};
    private static final String[] BELAKANG_P = {"Rahmawati", "Susanti", "Lestari", "Rosmiati", "Sukmawati", "Apriyani",
        "Komalasari", "Handayani", "Wulandari", "Nurhasanah", "Marlina", "Fitriani", "Herawati", "Kurniasih"};
    static final String[] KAMPUNG = {"Kp. Cibeureum", "Kp. Pasir", "Kp. Babakan", "Kp. Cikadu", "Kp. Sukamaju", "Kp. Sindang",
        "Kp. Kadu", "Kp. Pabuaran", "Kp. Cilaku", "Kp. Leuwi", "Kp. Tegal", "Kp. Bojong", "Kp. Cisalak", "Kp. Kebon"};
    static final String[] TEMPAT = {"Serang", "Pandeglang", "Lebak", "Tangerang", "Cilegon", "Bandung", "Bogor", "Jakarta"};

    private Nama() {
    }

    static String orang(SplittableRandom r, boolean perempuan) {
        String depan = perempuan ? PEREMPUAN[r.nextInt(PEREMPUAN.length)] : LAKI[r.nextInt(LAKI.length)];
        String[] belakang = perempuan ? BELAKANG_P : BELAKANG_L;
        return switch (r.nextInt(4)) {
            case 0 -> depan;
            case 1, 2 -> depan + " " + belakang[r.nextInt(belakang.length)];
            default -> depan + " " + (perempuan ? PEREMPUAN[r.nextInt(PEREMPUAN.length)] : LAKI[r.nextInt(LAKI.length)]) + " "
                    + belakang[r.nextInt(belakang.length)];
        };
    }

    /** The DDMMYY part of a NIK: day plus 40 for women. */
    static String tanggalNik(java.time.LocalDate lahir, boolean perempuan) {
        return String.format("%02d%02d%02d", lahir.getDayOfMonth() + (perempuan ? 40 : 0), lahir.getMonthValue(), lahir.getYear() % 100);
    }
}
