# pulls: 示例县2021—2025年三次产业对经济增长的拉动
# yp-plot chart "pulls" (type stack, config/charts.csv:5).  Remake the SVG and PNG
# beside this file with: gnuplot pulls.gp
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
# Source line
set bmargin 6
set label 99 "数据来源：示例县统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# The key, laid out by yp-plot (screen coordinates)
set object 201 rect from screen 0.1650, screen 0.0941 to screen 0.2000, screen 0.1159 fc rgb "#004488" fillstyle solid 1 noborder front
set label 202 "第一产业" at screen 0.2100, screen 0.1050 left front textcolor rgb "#222222"
set object 205 rect from screen 0.3200, screen 0.0941 to screen 0.3550, screen 0.1159 fc rgb "#DDAA33" fillstyle solid 1 noborder front
set label 206 "第二产业" at screen 0.3650, screen 0.1050 left front textcolor rgb "#222222"
set object 209 rect from screen 0.4750, screen 0.0941 to screen 0.5100, screen 0.1159 fc rgb "#BB5566" fillstyle solid 1 noborder front
set label 210 "第三产业" at screen 0.5200, screen 0.1050 left front textcolor rgb "#222222"
set label 214 "地区生产总值增长" at screen 0.6750, screen 0.1050 left front textcolor rgb "#222222"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "pulls.svg"
pointscale = 0.4511
set label 212 "" at screen 0.6475, screen 0.1050 point pt 13 ps 1.6*pointscale lc rgb "#000000" front
unset label 98
set tmargin 2
plot $data using 1:(($3+$4)/2):($1-0.3):($1+0.3):3:4 with boxxyerror lt 1 notitle, \
  $data using 1:(($3+$4)/2):5 with labels font ",14" textcolor rgb "#FFFFFF" notitle, \
  $data using ($1+0.3):(($3+$4)/2):6 with labels left offset 0.4,0 font ",14" textcolor rgb "#222222" notitle, \
  $data using 1:(($8+$9)/2):($1-0.3):($1+0.3):8:9 with boxxyerror lt 2 notitle, \
  $data using 1:(($8+$9)/2):10 with labels font ",14" textcolor rgb "#000000" notitle, \
  $data using ($1+0.3):(($8+$9)/2):11 with labels left offset 0.4,0 font ",14" textcolor rgb "#222222" notitle, \
  $data using 1:(($13+$14)/2):($1-0.3):($1+0.3):13:14 with boxxyerror lt 3 notitle, \
  $data using 1:(($13+$14)/2):15 with labels font ",14" textcolor rgb "#FFFFFF" notitle, \
  $data using ($1+0.3):(($13+$14)/2):16 with labels left offset 0.4,0 font ",14" textcolor rgb "#222222" notitle, \
  $data using 1:17 with points pt 13 ps 1.6*pointscale lc rgb "#000000" notitle, \
  $data using 1:18:(sprintf("%.1f", $17)) with labels font ",14" notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "pulls.png"
pointscale = 1.714
set label 212 "" at screen 0.6475, screen 0.1050 point pt 13 ps 1.6*pointscale lc rgb "#000000" front
set label 98 "示例县2021—2025年三次产业对经济增长的拉动" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
replot
unset output
