package org.scrutineer.letter;

/** The kinds of file a letter can arrive as, told apart by their first bytes, never by the file's name. */
enum LetterFormat {
    PDF,
    /** A ZIP archive: a Word document only if its entries show one inside (see {@link DocxText}). */
    ZIP,
    /** Text, whether plain or HTML: which one is decided once it is decoded. */
    TEXT,
    /** A file no letter comes as (an image, an archive, an old binary Office file). */
    OTHER;

    static LetterFormat detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return PDF;
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return ZIP;
        }
        return describeOther(bytes) == null ? TEXT : OTHER;
    }

    /** What a file of kind {@link #OTHER} is, for the refusal to name it; null when it may be text. */
    static String describeOther(byte[] bytes) {
        if (startsWith(bytes, "\u0089PNG") || startsWith(bytes, "\u00FF\u00D8\u00FF") || startsWith(bytes, "GIF8")
                || startsWith(bytes, "II*\u0000") || startsWith(bytes, "MM\u0000*")
                || startsWith(bytes, "RIFF") && bytes.length > 12 && bytes[8] == 'W' && bytes[9] == 'E') {
            return "an image";
        }
        if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
            return "an old Word (.doc) or other Office 97-2003 file, or a password-protected Word document";
        }
        if (startsWith(bytes, "{\\rtf")) {
            return "a Rich Text (RTF) file";
        }
        if (startsWith(bytes, "PK\u0005\u0006") || startsWith(bytes, "\u001F\u008B") || startsWith(bytes, "7z\u00BC\u00AF")
                || startsWith(bytes, "Rar!")) {
            return "an archive";
        }
        return null;
    }

    /** Compares bytes with a magic number written as ISO-8859-1 characters, one char a byte. */
    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
