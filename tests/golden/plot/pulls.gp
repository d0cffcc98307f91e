# pulls: 示例县2021—2025年三次产业对经济增长的拉动
# yp-plot chart "pulls" (type stack, config/charts.csv:5).  Remake the SVG and PNG
# beside this file with: gnuplot pulls.gp
reset session
set encoding utf8
# House style (config/style.csv): Okabe-Ito colours, whole years, a light grid.
set linetype 1 lc rgb "#0072B2" lw 2 pt 7 ps 0.9 dt solid
set linetype 2 lc rgb "#E69F00" lw 2 pt 7 ps 0.9 dt solid
set linetype 3 lc rgb "#009E73" lw 2 pt 7 ps 0.9 dt solid
set linetype 4 lc rgb "#56B4E9" lw 2 pt 7 ps 0.9 dt solid
set linetype 5 lc rgb "#CC79A7" lw 2 pt 7 ps 0.9 dt solid
set linetype 6 lc rgb "#D55E00" lw 2 pt 7 ps 0.9 dt solid
set linetype 7 lc rgb "#F0E442" lw 2 pt 7 ps 0.9 dt solid
set linetype 8 lc rgb "#000000" lw 2 pt 7 ps 0.9 dt solid
set linetype 9 lc rgb "#D55E00" lw 2 pt 7 ps 0.9
set linetype 10 lc rgb "#9DB9D3" lw 2 pt 7 ps 0.9
set border 3 lc rgb "#222222" lw 1
set tics nomirror out scale 0.6 textcolor rgb "#222222"
set grid ytics lc rgb "#D9D9D9" lw 1 dt solid
set grid noxtics
set key at screen 0.5, screen 0.105 center center horizontal reverse Left samplen 2 spacing 1.1 width 0 textcolor rgb "#222222"
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
2021 0.6 0 0.6 "" "0.6" 3.9 0.6 4.5 "3.9" "" 3.9 4.5 8.4 "3.9" "" 8.4 9
2022 0.5 0 0.5 "" "0.5" 1.8 0.5 2.3 "1.8" "" 1.8 2.3 4.1 "1.8" "" 4.1 4.699999999999999
2023 0.4 0 0.4 "" "0.4" 2.2 0.4 2.6 "2.2" "" 3.3 2.6 5.9 "3.3" "" 5.9 6.5
2024 0.5 0 0.5 "" "0.5" 1.6 0.5 2.1 "1.6" "" 3.2 2.1 5.300000000000001 "3.2" "" 5.3 5.9
2025 -0.2 -0.2 0 "" "-0.2" 1.9 0 1.9 "1.9" "" 3.3 1.9 5.199999999999999 "3.3" "" 5 5.799999999999999
EOD
set xtics nomirror out ("2021" 2021, "2022" 2022, "2023" 2023, "2024" 2024, "2025" 2025)
set mxtics 1
set xrange [2020.3:2025.7]
set yrange [-2:10]
set ytics 2
set xzeroaxis lt -1 lc rgb "#222222" lw 1
set ylabel "拉动经济增长（百分点）"
# Title and source
set label 98 "示例县2021—2025年三次产业对经济增长的拉动" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
set bmargin 6
set label 99 "数据来源：示例县统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# SVG for the HTML report, PNG for Word (twice the size, text and lines scaled alike)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "pulls.svg"
plot $data using 1:(($3+$4)/2):($1-0.3):($1+0.3):3:4 with boxxyerror lt 1 title "第一产业", \
  $data using 1:(($3+$4)/2):5 with labels font ",14" textcolor rgb "#FFFFFF" notitle, \
  $data using ($1+0.3):(($3+$4)/2):6 with labels left offset 0.4,0 font ",14" textcolor rgb "#222222" notitle, \
  $data using 1:(($8+$9)/2):($1-0.3):($1+0.3):8:9 with boxxyerror lt 2 title "第二产业", \
  $data using 1:(($8+$9)/2):10 with labels font ",14" textcolor rgb "#000000" notitle, \
  $data using ($1+0.3):(($8+$9)/2):11 with labels left offset 0.4,0 font ",14" textcolor rgb "#222222" notitle, \
  $data using 1:(($13+$14)/2):($1-0.3):($1+0.3):13:14 with boxxyerror lt 3 title "第三产业", \
  $data using 1:(($13+$14)/2):15 with labels font ",14" textcolor rgb "#000000" notitle, \
  $data using ($1+0.3):(($13+$14)/2):16 with labels left offset 0.4,0 font ",14" textcolor rgb "#222222" notitle, \
  $data using 1:17 with points pt 13 ps 1.6 lc rgb "#000000" title "地区生产总值增长", \
  $data using 1:18:(sprintf("%.1f", $17)) with labels font ",14" notitle
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "pulls.png"
replot
unset output
