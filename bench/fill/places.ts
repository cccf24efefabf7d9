export type Place = { fr: string; ar: string; en: string };

/** Four towns of each region, in the three languages, for cities and titles. */
export const townsByRegion: Record<string, Place[]> = {
  "MA-01": [
    { fr: "Tanger", ar: "طنجة", en: "Tangier" },
    { fr: "Tétouan", ar: "تطوان", en: "Tetouan" },
    { fr: "Al Hoceïma", ar: "الحسيمة", en: "Al Hoceima" },
    { fr: "Chefchaouen", ar: "شفشاون", en: "Chefchaouen" },
  ],
  "MA-02": [
    { fr: "Oujda", ar: "وجدة", en: "Oujda" },
    { fr: "Nador", ar: "الناظور", en: "Nador" },
    { fr: "Berkane", ar: "بركان", en: "Berkane" },
    { fr: "Figuig", ar: "فكيك", en: "Figuig" },
  ],
  "MA-03": [
    { fr: "Fès", ar: "فاس", en: "Fez" },
    { fr: "Meknès", ar: "مكناس", en: "Meknes" },
    { fr: "Ifrane", ar: "إفران", en: "Ifrane" },
    { fr: "Taza", ar: "تازة", en: "Taza" },
  ],
  "MA-04": [
    { fr: "Rabat", ar: "الرباط", en: "Rabat" },
    { fr: "Salé", ar: "سلا", en: "Sale" },
    { fr: "Kénitra", ar: "القنيطرة", en: "Kenitra" },
    { fr: "Khémisset", ar: "الخميسات", en: "Khemisset" },
  ],
  "MA-05": [
    { fr: "Béni Mellal", ar: "بني ملال", en: "Beni Mellal" },
    { fr: "Khénifra", ar: "خنيفرة", en: "Khenifra" },
    { fr: "Azilal", ar: "أزيلال", en: "Azilal" },
    { fr: "Khouribga", ar: "خريبكة", en: "Khouribga" },
  ],
  "MA-06": [
    { fr: "Casablanca", ar: "الدار البيضاء", en: "Casablanca" },
    { fr: "Settat", ar: "سطات", en: "Settat" },
    { fr: "El Jadida", ar: "الجديدة", en: "El Jadida" },
    { fr: "Mohammédia", ar: "المحمدية", en: "Mohammedia" },
  ],
  "MA-07": [
    { fr: "Marrakech", ar: "مراكش", en: "Marrakesh" },
    { fr: "Safi", ar: "آسفي", en: "Safi" },
    { fr: "Essaouira", ar: "الصويرة", en: "Essaouira" },
    { fr: "El Kelâa des Sraghna", ar: "قلعة السراغنة", en: "El Kelaa des Sraghna" },
  ],
  "MA-08": [
    { fr: "Errachidia", ar: "الرشيدية", en: "Errachidia" },
    { fr: "Ouarzazate", ar: "ورزازات", en: "Ouarzazate" },
    { fr: "Zagora", ar: "زاكورة", en: "Zagora" },
    { fr: "Tinghir", ar: "تنغير", en: "Tinghir" },
  ],
  "MA-09": [
    { fr: "Agadir", ar: "أكادير", en: "Agadir" },
    { fr: "Tiznit", ar: "تيزنيت", en: "Tiznit" },
    { fr: "Taroudant", ar: "تارودانت", en: "Taroudant" },
    { fr: "Inezgane", ar: "إنزكان", en: "Inezgane" },
  ],
  "MA-10": [
    { fr: "Guelmim", ar: "كلميم", en: "Guelmim" },
    { fr: "Tan-Tan", ar: "طانطان", en: "Tan-Tan" },
    { fr: "Sidi Ifni", ar: "سيدي إفني", en: "Sidi Ifni" },
    { fr: "Assa", ar: "أسا", en: "Assa" },
  ],
  "MA-11": [
    { fr: "Laâyoune", ar: "العيون", en: "Laayoune" },
    { fr: "Boujdour", ar: "بوجدور", en: "Boujdour" },
    { fr: "Tarfaya", ar: "طرفاية", en: "Tarfaya" },
    { fr: "Smara", ar: "السمارة", en: "Smara" },
  ],
  "MA-12": [
    { fr: "Dakhla", ar: "الداخلة", en: "Dakhla" },
    { fr: "Aousserd", ar: "أوسرد", en: "Aousserd" },
    { fr: "Bir Gandouz", ar: "بئر كندوز", en: "Bir Gandouz" },
    { fr: "El Argoub", ar: "العركوب", en: "El Argoub" },
  ],
};
