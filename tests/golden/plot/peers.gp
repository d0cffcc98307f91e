# peers: 示例县与对标地区人均地区生产总值比较（2024年）
# yp-plot chart "peers" (type peer, config/charts.csv:8).  Remake the SVG and PNG
# beside this file with: gnuplot peers.gp
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
# Data: row (top = largest), region, gdp.per_capita:value in 2024, 1 for the region itself
$data << EOD
5 "北原县" 66000 0
4 "西川县" 61000 0
3 "示例县" 58000 1
2 "东岭县" 52000 0
1 "清河县" 50000 0
0 "南湖县" 47000 0
EOD
set xrange [0:80000]
set xtics 20000 nomirror out
set yrange [-0.6:5.6]
set ytics nomirror out ("北原县" 5, "西川县" 4, "示例县" 3, "东岭县" 2, "清河县" 1, "南湖县" 0)
set grid noytics xtics
set lmargin 12
set xlabel "人均地区生产总值（元）" offset 0,0.3
$mean << EOD
55200 -0.6
55200 2.68

55200 3.32
55200 3.68

55200 4.32
55200 4.68

55200 5.32
55200 5.6

EOD
$parent << EOD
72000 -0.6
72000 5.6

EOD
# Source line
set bmargin 7.5
set label 99 "数据来源：示例市统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# The key, laid out by yp-plot (screen coordinates)
set arrow 201 from screen 0.2840, screen 0.1050 to screen 0.3190, screen 0.1050 nohead lc rgb "#000000" lw 2.5 dt (2,3) front
set label 202 "对标地区平均 55200" at screen 0.3290, screen 0.1050 left front textcolor rgb "#222222"
set arrow 205 from screen 0.5450, screen 0.1050 to screen 0.5800, screen 0.1050 nohead lc rgb "#004488" lw 2 dt (8,4) front
set label 206 "示例市 72000" at screen 0.5900, screen 0.1050 left front textcolor rgb "#222222"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "peers.svg"
pointscale = 0.4511
unset label 98
set tmargin 2
plot $data using ($3/2):1:(0):3:($1-0.32):($1+0.32):($4 > 0 ? 0xBB5566 : 0x9DB9D3) with boxxyerror lc rgb variable notitle, \
  $data using 3:($3 >= 16000 ? $1 : NaN):(sprintf("%.0f", $3)):($4 > 0 ? 0xFFFFFF : 0x000000) with labels right offset -0.5,0 font ",14" textcolor rgb variable notitle, \
  $mean using 1:2 with lines dt (2,3) lw 2.5 lc rgb "#000000" notitle, \
  $parent using 1:2 with lines dt (8,4) lw 2 lc rgb "#004488" notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "peers.png"
pointscale = 1.714
set label 98 "示例县与对标地区人均地区生产总值比较（2024年）" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
replot
unset output
