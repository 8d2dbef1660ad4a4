import { PROVINCES } from '@interop/contracts';

export interface Commune {
  /** Five-digit code of the national list of administrative units (pre-2025 numbering). */
  code: string;
  name: string;
}

/**
 * A curated sample of real wards and communes (pre-2025 boundaries, matching the 63 province
 * codes that identification numbers carry), mostly of each province's main city. Names are real;
 * codes are plausible, not official: five digits, inside the province's block of the national
 * numbering, spaced by three as the real list mostly is.
 */
const CURATED: Readonly<Record<string, { firstCode: number; names: string }>> = {
  '01': {
    firstCode: 1,
    names:
      'Phường Phúc Xá, Phường Trúc Bạch, Phường Vĩnh Phúc, Phường Cống Vị, Phường Liễu Giai, ' +
      'Phường Quán Thánh, Phường Ngọc Hà, Phường Điện Biên, Phường Đội Cấn, Phường Ngọc Khánh, ' +
      'Phường Kim Mã, Phường Giảng Võ, Phường Thành Công, Phường Hàng Mã, Phường Hàng Buồm, ' +
      'Phường Hàng Đào, Phường Hàng Bồ, Phường Cửa Đông, Phường Lý Thái Tổ, Phường Hàng Bạc, ' +
      'Phường Hàng Gai, Phường Chương Dương, Phường Hàng Trống, Phường Cửa Nam, ' +
      'Phường Hàng Bông, Phường Tràng Tiền, Phường Trần Hưng Đạo, Phường Phan Chu Trinh, ' +
      'Phường Hàng Bài, Phường Phú Thượng, Phường Nhật Tân, Phường Tứ Liên, Phường Quảng An, ' +
      'Phường Xuân La, Phường Yên Phụ, Phường Bưởi, Phường Thụy Khuê, Phường Nghĩa Đô, ' +
      'Phường Nghĩa Tân, Phường Mai Dịch, Phường Dịch Vọng, Phường Dịch Vọng Hậu, ' +
      'Phường Quan Hoa, Phường Yên Hoà, Phường Trung Hoà, Phường Cát Linh, Phường Văn Miếu, ' +
      'Phường Quốc Tử Giám, Phường Láng Thượng, Phường Ô Chợ Dừa, Phường Khâm Thiên, ' +
      'Phường Kim Liên, Phường Trung Liệt, Phường Bạch Mai, Phường Minh Khai, ' +
      'Xã Bát Tràng, Xã Kim Lan, Xã Cổ Loa, Xã Uy Nỗ, Xã Vân Canh, Xã Tân Lập',
  },
  '02': {
    firstCode: 688,
    names:
      'Phường Quang Trung, Phường Trần Phú, Phường Ngọc Hà, Phường Nguyễn Trãi, Xã Phương Thiện',
  },
  '04': {
    firstCode: 1269,
    names: 'Phường Sông Hiến, Phường Sông Bằng, Phường Hợp Giang, Phường Tân Giang, Phường Đề Thám',
  },
  '06': {
    firstCode: 1834,
    names: 'Phường Nguyễn Thị Minh Khai, Phường Sông Cầu, Phường Đức Xuân, Phường Phùng Chí Kiên',
  },
  '08': {
    firstCode: 2200,
    names: 'Phường Phan Thiết, Phường Minh Xuân, Phường Tân Quang, Phường Ỷ La, Phường Hưng Thành',
  },
  '10': {
    firstCode: 2635,
    names: 'Phường Duyên Hải, Phường Cốc Lếu, Phường Kim Tân, Phường Bắc Lệnh, Phường Pom Hán',
  },
  '11': {
    firstCode: 3124,
    names:
      'Phường Mường Thanh, Phường Tân Thanh, Phường Him Lam, Phường Thanh Bình, Phường Noong Bua',
  },
  '12': {
    firstCode: 3385,
    names: 'Phường Tân Phong, Phường Đoàn Kết, Phường Quyết Thắng, Phường Đông Phong, Xã San Thàng',
  },
  '14': {
    firstCode: 3646,
    names:
      'Phường Chiềng Lề, Phường Tô Hiệu, Phường Quyết Thắng, Phường Quyết Tâm, Phường Chiềng Sinh',
  },
  '15': {
    firstCode: 4246,
    names:
      'Phường Yên Thịnh, Phường Minh Tân, Phường Nguyễn Thái Học, Phường Đồng Tâm, Phường Hồng Hà',
  },
  '17': {
    firstCode: 4654,
    names:
      'Phường Phương Lâm, Phường Đồng Tiến, Phường Tân Thịnh, Phường Thịnh Lang, Phường Hữu Nghị',
  },
  '19': {
    firstCode: 5431,
    names:
      'Phường Quán Triều, Phường Quang Vinh, Phường Túc Duyên, Phường Hoàng Văn Thụ, ' +
      'Phường Trưng Vương, Phường Phan Đình Phùng, Phường Tân Thịnh',
  },
  '20': {
    firstCode: 5959,
    names:
      'Phường Hoàng Văn Thụ, Phường Tam Thanh, Phường Vĩnh Trại, Phường Đông Kinh, Phường Chi Lăng',
  },
  '22': {
    firstCode: 6631,
    names:
      'Phường Hà Khánh, Phường Hà Phong, Phường Hồng Gai, Phường Bạch Đằng, Phường Hồng Hải, ' +
      'Phường Bãi Cháy, Phường Cẩm Thành, Phường Quang Trung',
  },
  '24': {
    firstCode: 7201,
    names:
      'Phường Trần Phú, Phường Ngô Quyền, Phường Lê Lợi, Phường Hoàng Văn Thụ, ' +
      'Phường Thọ Xương, Phường Xương Giang',
  },
  '25': {
    firstCode: 7894,
    names:
      'Phường Dữu Lâu, Phường Vân Cơ, Phường Nông Trang, Phường Tân Dân, Phường Gia Cẩm, ' +
      'Phường Tiên Cát',
  },
  '26': {
    firstCode: 8707,
    names:
      'Phường Tích Sơn, Phường Liên Bảo, Phường Hội Hợp, Phường Đống Đa, Phường Ngô Quyền, ' +
      'Phường Đồng Tâm',
  },
  '27': {
    firstCode: 9169,
    names:
      'Phường Vũ Ninh, Phường Đáp Cầu, Phường Suối Hoa, Phường Tiền An, Phường Ninh Xá, ' +
      'Phường Kinh Bắc, Phường Đông Ngàn',
  },
  '30': {
    firstCode: 10507,
    names:
      'Phường Cẩm Thượng, Phường Bình Hàn, Phường Ngọc Châu, Phường Nguyễn Trãi, ' +
      'Phường Phạm Ngũ Lão, Phường Trần Hưng Đạo, Phường Quang Trung',
  },
  '31': {
    firstCode: 11296,
    names:
      'Phường Quán Toan, Phường Hùng Vương, Phường Sở Dầu, Phường Thượng Lý, Phường Hạ Lý, ' +
      'Phường Minh Khai, Phường Hoàng Văn Thụ, Phường Máy Chai, Phường Vạn Mỹ, Phường Cầu Tre, ' +
      'Phường Lạc Viên, Phường Gia Viên, Phường Đông Khê, Phường Cầu Đất, Phường Lê Lợi, ' +
      'Phường Đằng Giang, Phường Lạch Tray, Phường Cát Dài, Phường An Biên, Phường Lam Sơn',
  },
  '33': {
    firstCode: 11950,
    names:
      'Phường Lam Sơn, Phường Hiến Nam, Phường An Tảo, Phường Lê Lợi, Phường Minh Khai, ' +
      'Phường Quang Trung',
  },
  '34': {
    firstCode: 12427,
    names:
      'Phường Lê Hồng Phong, Phường Bồ Xuyên, Phường Đề Thám, Phường Kỳ Bá, Phường Quang Trung, ' +
      'Phường Phú Khánh',
  },
  '35': {
    firstCode: 13285,
    names:
      'Phường Quang Trung, Phường Lương Khánh Thiện, Phường Lê Hồng Phong, Phường Minh Khai, ' +
      'Phường Hai Bà Trưng, Phường Trần Hưng Đạo',
  },
  '36': {
    firstCode: 13603,
    names:
      'Phường Hạ Long, Phường Trần Tế Xương, Phường Vị Hoàng, Phường Vị Xuyên, ' +
      'Phường Quang Trung, Phường Cửa Bắc, Phường Nguyễn Du, Phường Bà Triệu',
  },
  '37': {
    firstCode: 14359,
    names:
      'Phường Đông Thành, Phường Tân Thành, Phường Thanh Bình, Phường Vân Giang, ' +
      'Phường Bích Đào, Phường Phúc Thành',
  },
  '38': {
    firstCode: 14755,
    names:
      'Phường Hàm Rồng, Phường Đông Thọ, Phường Nam Ngạn, Phường Trường Thi, Phường Điện Biên, ' +
      'Phường Phú Sơn, Phường Lam Sơn, Phường Ba Đình, Phường Ngọc Trạo',
  },
  '40': {
    firstCode: 16681,
    names:
      'Phường Đông Vĩnh, Phường Hà Huy Tập, Phường Lê Lợi, Phường Quán Bàu, Phường Hưng Bình, ' +
      'Phường Hưng Phúc, Phường Đội Cung, Phường Cửa Nam, Phường Quang Trung, Phường Trung Đô, ' +
      'Phường Lê Mao, Phường Trường Thi',
  },
  '42': {
    firstCode: 18070,
    names:
      'Phường Trần Phú, Phường Nam Hà, Phường Bắc Hà, Phường Nguyễn Du, Phường Tân Giang, ' +
      'Phường Đại Nài',
  },
  '44': {
    firstCode: 19111,
    names:
      'Phường Hải Thành, Phường Đồng Phú, Phường Bắc Lý, Phường Nam Lý, Phường Đồng Hải, ' +
      'Phường Đồng Sơn',
  },
  '45': {
    firstCode: 19366,
    names: 'Phường Đông Giang, Phường 1, Phường Đông Lễ, Phường Đông Thanh, Phường 2, Phường 4',
  },
  '46': {
    firstCode: 19753,
    names:
      'Phường Phú Hội, Phường Phú Nhuận, Phường Vĩnh Ninh, Phường Phước Vĩnh, ' +
      'Phường Thuận Hoà, Phường Tây Lộc, Phường An Cựu, Phường Xuân Phú, Phường Trường An',
  },
  '48': {
    firstCode: 20194,
    names:
      'Phường Hòa Hiệp Bắc, Phường Hòa Khánh Bắc, Phường Hòa Minh, Phường Tam Thuận, ' +
      'Phường Thanh Khê Tây, Phường Xuân Hà, Phường Thanh Bình, Phường Thạch Thang, ' +
      'Phường Hải Châu I, Phường Phước Ninh, Phường Hòa Thuận Tây, Phường Bình Hiên, ' +
      'Phường An Hải Bắc, Phường Mân Thái, Phường Mỹ An, Phường Khuê Mỹ, Xã Hòa Tiến',
  },
  '49': {
    firstCode: 20333,
    names:
      'Phường Tân Thạnh, Phường Phước Hòa, Phường An Mỹ, Phường An Sơn, Phường Minh An, ' +
      'Phường Cẩm Phô, Phường Sơn Phong',
  },
  '51': {
    firstCode: 21025,
    names:
      'Phường Lê Hồng Phong, Phường Trần Phú, Phường Nghĩa Chánh, Phường Nghĩa Lộ, ' +
      'Phường Chánh Lộ, Phường Quảng Phú',
  },
  '52': {
    firstCode: 21550,
    names:
      'Phường Nhơn Bình, Phường Nhơn Phú, Phường Đống Đa, Phường Trần Quang Diệu, ' +
      'Phường Hải Cảng, Phường Quang Trung, Phường Thị Nại, Phường Lê Hồng Phong, ' +
      'Phường Ngô Mây, Phường Lý Thường Kiệt',
  },
  '54': {
    firstCode: 22015,
    names: 'Phường 1, Phường 2, Phường 4, Phường 5, Phường 7, Phường 9, Phường Phú Lâm',
  },
  '56': {
    firstCode: 22333,
    names:
      'Phường Vĩnh Hòa, Phường Vĩnh Hải, Phường Vĩnh Phước, Phường Ngọc Hiệp, Phường Vĩnh Thọ, ' +
      'Phường Xương Huân, Phường Vạn Thắng, Phường Phương Sài, Phường Lộc Thọ, ' +
      'Phường Phước Tiến, Phường Tân Lập',
  },
  '58': {
    firstCode: 22738,
    names:
      'Phường Đô Vinh, Phường Phước Mỹ, Phường Bảo An, Phường Phủ Hà, Phường Thanh Sơn, ' +
      'Phường Mỹ Hương, Phường Tấn Tài, Phường Kinh Dinh',
  },
  '60': {
    firstCode: 22918,
    names:
      'Phường Mũi Né, Phường Hàm Tiến, Phường Phú Hài, Phường Phú Thủy, Phường Phú Tài, ' +
      'Phường Phú Trinh, Phường Xuân An, Phường Thanh Hải, Phường Bình Hưng, Phường Đức Nghĩa',
  },
  '62': {
    firstCode: 23281,
    names:
      'Phường Quang Trung, Phường Duy Tân, Phường Quyết Thắng, Phường Thắng Lợi, ' +
      'Phường Thống Nhất, Phường Ngô Mây, Phường Lê Lợi',
  },
  '64': {
    firstCode: 23563,
    names:
      'Phường Yên Đỗ, Phường Diên Hồng, Phường Ia Kring, Phường Hội Thương, Phường Hội Phú, ' +
      'Phường Phù Đổng, Phường Hoa Lư, Phường Tây Sơn, Phường Thống Nhất',
  },
  '66': {
    firstCode: 24121,
    names:
      'Phường Tân Lập, Phường Tân Hòa, Phường Tân An, Phường Thống Nhất, Phường Thành Nhất, ' +
      'Phường Thắng Lợi, Phường Tân Lợi, Phường Thành Công, Phường Tân Thành, Phường Tự An, ' +
      'Phường Ea Tam, Phường Khánh Xuân',
  },
  '67': {
    firstCode: 24611,
    names:
      'Phường Nghĩa Đức, Phường Nghĩa Thành, Phường Nghĩa Phú, Phường Nghĩa Tân, Phường Nghĩa Trung',
  },
  '68': {
    firstCode: 24778,
    names:
      'Phường 1, Phường 2, Phường 3, Phường 4, Phường 5, Phường 6, Phường 7, Phường 8, ' +
      'Phường 9, Phường 10, Phường Lộc Phát, Phường Lộc Sơn, Phường Lộc Tiến',
  },
  '70': {
    firstCode: 25432,
    names:
      'Phường Tân Phú, Phường Tân Đồng, Phường Tân Bình, Phường Tân Xuân, Phường Tân Thiện, ' +
      'Phường Tiến Thành',
  },
  '72': {
    firstCode: 25456,
    names:
      'Phường 1, Phường 2, Phường 3, Phường IV, Phường Hiệp Ninh, Phường Ninh Sơn, ' +
      'Phường Ninh Thạnh',
  },
  '74': {
    firstCode: 25741,
    names:
      'Phường Hiệp Thành, Phường Phú Lợi, Phường Phú Cường, Phường Phú Hòa, Phường Phú Thọ, ' +
      'Phường Chánh Nghĩa, Phường Định Hoà, Phường Hoà Phú, Phường Phú Mỹ, Phường Phú Tân, ' +
      'Phường Tân An, Phường Hiệp An, Phường Tương Bình Hiệp, Phường Chánh Mỹ, ' +
      'Phường Dĩ An, Phường Đông Hòa, Phường Lái Thiêu, Phường An Phú',
  },
  '75': {
    firstCode: 25993,
    names:
      'Phường Trảng Dài, Phường Tân Phong, Phường Tân Biên, Phường Hố Nai, Phường Tân Hòa, ' +
      'Phường Tân Hiệp, Phường Bửu Long, Phường Tân Tiến, Phường Tam Hiệp, Phường Long Bình, ' +
      'Phường Quang Vinh, Phường Tân Mai, Phường Thống Nhất, Phường Trung Dũng, ' +
      'Phường Tam Hòa, Phường Hòa Bình, Phường Quyết Thắng, Phường Thanh Bình, ' +
      'Phường Bình Đa, Phường An Bình',
  },
  '77': {
    firstCode: 26506,
    names:
      'Phường 1, Phường Thắng Tam, Phường 2, Phường 3, Phường 4, Phường 5, Phường Thắng Nhì, ' +
      'Phường 7, Phường 8, Phường 9, Phường Thắng Nhất, Phường Rạch Dừa, Phường 10, ' +
      'Phường 11, Phường 12, Phường Phước Hiệp, Phường Phước Trung',
  },
  '79': {
    firstCode: 26734,
    names:
      'Phường Tân Định, Phường Đa Kao, Phường Bến Nghé, Phường Bến Thành, ' +
      'Phường Nguyễn Thái Bình, Phường Phạm Ngũ Lão, Phường Cầu Ông Lãnh, Phường Cô Giang, ' +
      'Phường Nguyễn Cư Trinh, Phường Cầu Kho, Phường Thạnh Xuân, Phường Thạnh Lộc, ' +
      'Phường Hiệp Thành, Phường Thới An, Phường Tân Chánh Hiệp, Phường An Phú Đông, ' +
      'Phường Tân Thới Hiệp, Phường Trung Mỹ Tây, Phường Tân Hưng Thuận, ' +
      'Phường Đông Hưng Thuận, Phường Tân Thới Nhất, Phường Linh Xuân, Phường Bình Chiểu, ' +
      'Phường Linh Trung, Phường Tam Bình, Phường Tam Phú, Phường Hiệp Bình Phước, ' +
      'Phường Hiệp Bình Chánh, Phường Linh Chiểu, Phường Linh Tây, Phường Linh Đông, ' +
      'Phường Bình Thọ, Phường Trường Thọ, Xã Bình Chánh, Xã Tân Nhựt, Xã Phước Kiển',
  },
  '80': {
    firstCode: 27676,
    names:
      'Phường 1, Phường 2, Phường 3, Phường 4, Phường 5, Phường 6, Phường 7, ' +
      'Phường Tân Khánh, Phường Khánh Hậu',
  },
  '82': {
    firstCode: 28225,
    names:
      'Phường 1, Phường 2, Phường 4, Phường 5, Phường 6, Phường 9, Phường 10, ' +
      'Phường Tân Long, Xã Đạo Thạnh, Xã Trung An',
  },
  '83': {
    firstCode: 28756,
    names:
      'Phường Phú Khương, Phường Phú Tân, Phường 8, Phường 6, Phường 4, Phường 5, ' +
      'Phường An Hội, Phường 7',
  },
  '84': {
    firstCode: 29236,
    names:
      'Phường 1, Phường 2, Phường 3, Phường 4, Phường 5, Phường 6, Phường 7, Phường 8, Phường 9',
  },
  '86': {
    firstCode: 29551,
    names: 'Phường 1, Phường 2, Phường 3, Phường 4, Phường 5, Phường 8, Phường 9',
  },
  '87': {
    firstCode: 29869,
    names:
      'Phường 11, Phường 1, Phường 2, Phường 3, Phường 4, Phường 6, Phường Mỹ Phú, ' +
      'Phường Hoà Thuận',
  },
  '89': {
    firstCode: 30280,
    names:
      'Phường Mỹ Bình, Phường Mỹ Long, Phường Đông Xuyên, Phường Mỹ Xuyên, Phường Bình Đức, ' +
      'Phường Bình Khánh, Phường Mỹ Phước, Phường Mỹ Quý, Phường Mỹ Thới, Phường Mỹ Thạnh, ' +
      'Phường Mỹ Hòa, Phường Châu Phú A, Phường Châu Phú B, Phường Núi Sam',
  },
  '91': {
    firstCode: 30757,
    names:
      'Phường Vĩnh Thanh Vân, Phường Vĩnh Thanh, Phường Vĩnh Quang, Phường Vĩnh Hiệp, ' +
      'Phường Vĩnh Bảo, Phường Vĩnh Lạc, Phường An Hòa, Phường An Bình, Phường Rạch Sỏi, ' +
      'Phường Dương Đông, Phường An Thới',
  },
  '92': {
    firstCode: 31117,
    names:
      'Phường Cái Khế, Phường An Hòa, Phường Thới Bình, Phường An Nghiệp, Phường An Cư, ' +
      'Phường Tân An, Phường An Phú, Phường Xuân Khánh, Phường Hưng Lợi, Phường An Khánh, ' +
      'Phường An Bình, Phường Bình Thủy, Phường Trà An, Phường Trà Nóc, Phường Lê Bình, ' +
      'Phường Hưng Phú',
  },
  '93': {
    firstCode: 31321,
    names: 'Phường I, Phường III, Phường IV, Phường V, Phường VII, Phường Ngã Bảy',
  },
  '94': {
    firstCode: 31507,
    names:
      'Phường 1, Phường 2, Phường 3, Phường 4, Phường 5, Phường 6, Phường 7, Phường 8, ' +
      'Phường 9, Phường 10',
  },
  '95': {
    firstCode: 31825,
    names: 'Phường 1, Phường 2, Phường 3, Phường 5, Phường 7, Phường 8, Phường Nhà Mát',
  },
  '96': {
    firstCode: 31975,
    names:
      'Phường 1, Phường 2, Phường 4, Phường 5, Phường 6, Phường 7, Phường 8, Phường 9, ' +
      'Phường Tân Xuyên, Phường Tân Thành, Xã An Xuyên',
  },
};

/** The curated communes of a province, keyed by its two-digit code. */
export const COMMUNES: Readonly<Record<string, readonly Commune[]>> = Object.fromEntries(
  Object.entries(CURATED).map(([provinceCode, { firstCode, names }]) => [
    provinceCode,
    names.split(', ').map((name, index) => ({
      code: String(firstCode + 3 * index).padStart(5, '0'),
      name,
    })),
  ]),
);

export const PROVINCE_CODES: readonly string[] = Object.keys(PROVINCES);
