# gdp_growth: 示例县2016—2025年地区生产总值及其增长速度
# yp-plot chart "gdp_growth" (type bar_line, config/charts.csv:2).  Remake the SVG and PNG
# beside this file with: gnuplot gdp_growth.gp
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
# Data: year, gdp (亿元), gdp.index (%)
$data << EOD
2016 180 7.799999999999997
2017 195.2 7.5
2018 211.4 7.200000000000003
2019 228.9 6.900000000000006
2020 236.5 2.5999999999999943
2021 258.3 8.400000000000006
2022 270.1 4.099999999999994
2023 288.6 5.900000000000006
2024 305.2 5.299999999999997
2025 322.8 5
EOD
# Layout: bars fill the lower 60 %, the growth line the band above them,
# so that the two never cross.
set xtics nomirror out ("2016" 2016, "2017" 2017, "2018" 2018, "2019" 2019, "2020" 2020, "2021" 2021, "2022" 2022, "2023" 2023, "2024" 2024, "2025" 2025)
set mxtics 1
set xrange [2015.3:2025.7]
set yrange [0:600]
set ytics 200
set ylabel "地区生产总值（亿元）"
set y2range [-16.8571:11.7143]
set y2tics 2, 2, 10 nomirror out
set border 11 lc rgb "#222222"
set rmargin 10
set y2label "比上年增长（%）"
set boxwidth 0.6
# Source line
set bmargin 6
set label 99 "数据来源：示例县统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# The key, laid out by yp-plot (screen coordinates)
set object 201 rect from screen 0.3300, screen 0.0941 to screen 0.3650, screen 0.1159 fc rgb "#004488" fillstyle solid 1 noborder front
set label 202 "地区生产总值" at screen 0.3750, screen 0.1050 left front textcolor rgb "#222222"
set arrow 205 from screen 0.5250, screen 0.1050 to screen 0.5600, screen 0.1050 nohead lc rgb "#BB5566" lw 2.5 dt solid front
set label 206 "比上年增长" at screen 0.5700, screen 0.1050 left front textcolor rgb "#222222"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "gdp_growth.svg"
pointscale = 0.4511
set label 204 "" at screen 0.5425, screen 0.1050 point pt 7 ps 1.3*pointscale lc rgb "#BB5566" front
unset label 98
set tmargin 2
plot $data using 1:2 with boxes lt 1 notitle, \
  $data using 1:2:(sprintf("%.1f", $2)) with labels offset 0,0.6 font ",14" textcolor rgb "#222222" notitle, \
  $data using 1:3 axes x1y2 with linespoints lt 3 lw 2.5 pt 7 ps 1.3*pointscale notitle, \
  $data using 1:3:(sprintf("%.1f", $3)) axes x1y2 with labels offset 0,1.1 font ",14" textcolor rgb "#BB5566" notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "gdp_growth.png"
pointscale = 1.714
set label 204 "" at screen 0.5425, screen 0.1050 point pt 7 ps 1.3*pointscale lc rgb "#BB5566" front
set label 98 "示例县2016—2025年地区生产总值及其增长速度" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
replot
unset output
