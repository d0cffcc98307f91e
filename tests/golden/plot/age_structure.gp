# age_structure: 示例县2016—2025年人口年龄结构
# yp-plot chart "age_structure" (type stack100, config/charts.csv:6).  Remake the SVG and PNG
# beside this file with: gnuplot age_structure.gp
reset session
set encoding utf8
# House style (config/style.csv): colours that stay apart in greyscale, whole
# years, a light grid.
set linetype 1 lc rgb "#004488" lw 2 pt 7 dt solid
set linetype 2 lc rgb "#DDAA33" lw 2 pt 7 dt solid
set linetype 3 lc rgb "#BB5566" lw 2 pt 7 dt solid
set linetype 4 lc rgb "#88CCEE" lw 2 pt 7 dt solid
set linetype 5 lc rgb "#117733" lw 2 pt 7 dt solid
set linetype 6 lc rgb "#999933" lw 2 pt 7 dt solid
set linetype 7 lc rgb "#AA4499" lw 2 pt 7 dt solid
set linetype 8 lc rgb "#000000" lw 2 pt 7 dt solid
set linetype 9 lc rgb "#BB5566" lw 2 pt 7
set linetype 10 lc rgb "#9DB9D3" lw 2 pt 7
set border 3 lc rgb "#222222" lw 1
set tics nomirror out scale 0.6 textcolor rgb "#222222"
set grid ytics lc rgb "#D9D9D9" lw 1 dt solid
set grid noxtics
set key off
set style fill solid 1.0 noborder
set lmargin 11
set rmargin 4
set format y "%g"
set format x "%g"
set datafile missing "NaN"
# The chart
# Data: year, then per part its value, bottom, top, its label on the bar (empty
# where the part is too thin) and beside it, then the total and where its
# value goes
$data << EOD
2016 10.687022900763358 0 10.687022900763358 "10.7" "" 70.61068702290075 10.687022900763358 81.2977099236641 "70.6" "" 18.702290076335878 81.2977099236641 99.99999999999997 "18.7" "" NaN NaN
2017 11.089866156787762 0 11.089866156787762 "11.1" "" 70.36328871892925 11.089866156787762 81.45315487571702 "70.4" "" 18.54684512428298 81.45315487571702 100 "18.5" "" NaN NaN
2018 11.708253358925143 0 11.708253358925143 "11.7" "" 70.05758157389636 11.708253358925143 81.7658349328215 "70.1" "" 18.234165067178502 81.7658349328215 100 "18.2" "" NaN NaN
2019 12.33140655105973 0 12.33140655105973 "12.3" "" 69.7495183044316 12.33140655105973 82.08092485549133 "69.7" "" 17.91907514450867 82.08092485549133 100 "17.9" "" NaN NaN
2020 13.294797687861273 0 13.294797687861273 "13.3" "" 69.17148362235068 13.294797687861273 82.46628131021195 "69.2" "" 17.533718689788053 82.46628131021195 100 "17.5" "" NaN NaN
2021 14.285714285714288 0 14.285714285714288 "14.3" "" 68.53281853281854 14.285714285714288 82.81853281853283 "68.5" "" 17.181467181467184 82.81853281853283 100.00000000000001 "17.2" "" NaN NaN
2022 15.08704061895551 0 15.08704061895551 "15.1" "" 68.08510638297872 15.08704061895551 83.17214700193423 "68.1" "" 16.82785299806576 83.17214700193423 100 "16.8" "" NaN NaN
2023 15.922330097087379 0 15.922330097087379 "15.9" "" 67.57281553398057 15.922330097087379 83.49514563106796 "67.6" "" 16.50485436893204 83.49514563106796 100 "16.5" "" NaN NaN
2024 16.731517509727624 0 16.731517509727624 "16.7" "" 67.12062256809338 16.731517509727624 83.852140077821 "67.1" "" 16.147859922178988 83.852140077821 100 "16.1" "" NaN NaN
2025 17.578125 0 17.578125 "17.6" "" 66.6015625 17.578125 84.1796875 "66.6" "" 15.820312499999996 84.1796875 100 "15.8" "" NaN NaN
EOD
set xtics nomirror out ("2016" 2016, "2017" 2017, "2018" 2018, "2019" 2019, "2020" 2020, "2021" 2021, "2022" 2022, "2023" 2023, "2024" 2024, "2025" 2025)
set mxtics 1
set xrange [2015.3:2025.7]
set yrange [0:100]
set ytics 20
set ylabel "比重（%）"
$threshold1 << EOD
2015.3 7
2015.7 7

2016.3 7
2016.7 7

2017.3 7
2017.7 7

2018.3 7
2018.7 7

2019.3 7
2019.7 7

2020.3 7
2020.7 7

2021.3 7
2021.7 7

2022.3 7
2022.7 7

2023.3 7
2023.7 7

2024.3 7
2024.7 7

2025.3 7
2025.7 7

EOD
$threshold2 << EOD
2015.3 14
2015.7 14

2016.3 14
2016.7 14

2017.3 14
2017.7 14

2018.3 14
2018.7 14

2019.3 14
2019.7 14

2020.3 14
2020.7 14

2021.3 14
2021.7 14

2022.3 14
2022.7 14

2023.3 14
2023.7 14

2024.3 14
2024.7 14

2025.3 14
2025.7 14

EOD
$threshold3 << EOD
2015.3 20
2015.7 20

2016.3 20
2016.7 20

2017.3 20
2017.7 20

2018.3 20
2018.7 20

2019.3 20
2019.7 20

2020.3 20
2020.7 20

2021.3 20
2021.7 20

2022.3 20
2022.7 20

2023.3 20
2023.7 20

2024.3 20
2024.7 20

2025.3 20
2025.7 20

EOD
set rmargin 17
set label 10 "老龄化社会 7%" at graph 1, first 7 left offset 0.8,0 font ",14" textcolor rgb "#000000"
set label 11 "深度老龄化 14%" at graph 1, first 14 left offset 0.8,0 font ",14" textcolor rgb "#000000"
set label 12 "超级老龄化 20%" at graph 1, first 20 left offset 0.8,0 font ",14" textcolor rgb "#000000"
# Source line
set bmargin 6
set label 99 "数据来源：示例县统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# The key, laid out by yp-plot (screen coordinates)
set object 201 rect from screen 0.2820, screen 0.0941 to screen 0.3170, screen 0.1159 fc rgb "#004488" fillstyle solid 1 noborder front
set label 202 "65岁及以上" at screen 0.3270, screen 0.1050 left front textcolor rgb "#222222"
set object 205 rect from screen 0.4590, screen 0.0941 to screen 0.4940, screen 0.1159 fc rgb "#DDAA33" fillstyle solid 1 noborder front
set label 206 "15-64岁" at screen 0.5040, screen 0.1050 left front textcolor rgb "#222222"
set object 209 rect from screen 0.6090, screen 0.0941 to screen 0.6440, screen 0.1159 fc rgb "#BB5566" fillstyle solid 1 noborder front
set label 210 "0-14岁" at screen 0.6540, screen 0.1050 left front textcolor rgb "#222222"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "age_structure.svg"
pointscale = 0.4511
unset label 98
set tmargin 2
plot $data using 1:(($3+$4)/2):($1-0.3):($1+0.3):3:4 with boxxyerror lt 1 notitle, \
  $data using 1:(($3+$4)/2):5 with labels font ",14" textcolor rgb "#FFFFFF" notitle, \
  $data using 1:(($8+$9)/2):($1-0.3):($1+0.3):8:9 with boxxyerror lt 2 notitle, \
  $data using 1:(($8+$9)/2):10 with labels font ",14" textcolor rgb "#000000" notitle, \
  $data using 1:(($13+$14)/2):($1-0.3):($1+0.3):13:14 with boxxyerror lt 3 notitle, \
  $data using 1:(($13+$14)/2):15 with labels font ",14" textcolor rgb "#FFFFFF" notitle, \
  $threshold1 using 1:2 with lines dt (6,4) lw 1.5 lc rgb "#000000" notitle, \
  $threshold2 using 1:2 with lines dt (6,4) lw 1.5 lc rgb "#000000" notitle, \
  $threshold3 using 1:2 with lines dt (6,4) lw 1.5 lc rgb "#000000" notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "age_structure.png"
pointscale = 1.714
set label 98 "示例县2016—2025年人口年龄结构" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
replot
unset output
