# pyramid: 示例县2020年人口年龄金字塔
# yp-plot chart "pyramid" (type pyramid, config/charts.csv:7).  Remake the SVG and PNG
# beside this file with: gnuplot pyramid.gp
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
# Data: row, age group, men, women (% of the whole population), 2020
$data << EOD
0 "0-4" 2.473926752364783 2.255639097744361
1 "5-9" 2.8619936939121997 2.6194518554450643
2 "10-14" 2.9832646131457676 2.740722774678632
3 "15-19" 2.7164685908319184 2.5466893039049237
4 "20-24" 2.3769100169779285 2.2798932815910744
5 "25-29" 3.007518796992481 2.910502061605627
6 "30-34" 3.4198399223866116 3.347077370846471
7 "35-39" 3.347077370846471 3.2985690031530437
8 "40-44" 3.783652680087315 3.7351443123938877
9 "45-49" 4.341498908561727 4.317244724715013
10 "50-54" 4.4142614601018675 4.438515643948581
11 "55-59" 3.9776861508610235 4.050448702401164
12 "60-64" 3.4198399223866116 3.5411108416201795
13 "65-69" 2.740722774678632 2.9347562454523404
14 "70-74" 1.8433179723502304 2.0616056269706524
15 "75-79" 1.1884550084889642 1.4309968469560999
16 "80-84" 0.6791171477079796 0.8974048023284016
17 "85+" 0.38806694154741694 0.6306087800145525
EOD
set xrange [-6:6]
set xtics nomirror out ("6" -6, "4" -4, "2" -2, "0" 0, "2" 2, "4" 4, "6" 6)
set yrange [-0.6:17.6]
set ytics nomirror out font ",13" ("0-4" 0, "5-9" 1, "10-14" 2, "15-19" 3, "20-24" 4, "25-29" 5, "30-34" 6, "35-39" 7, "40-44" 8, "45-49" 9, "50-54" 10, "55-59" 11, "60-64" 12, "65-69" 13, "70-74" 14, "75-79" 15, "80-84" 16, "85+" 17)
set grid noytics xtics
set lmargin 10
set arrow 1 from 0, graph 0 to 0, graph 1 nohead lc rgb "#222222" lw 1 front
set xlabel "占总人口比重（%）" offset 0,0.3
set ylabel "年龄（岁）"
set arrow 2 from graph 0, first 12.5 to graph 1, first 12.5 nohead dt (6,4) lw 1.5 lc rgb "#000000" back
set label 5 "65岁" at graph 1, first 12.5 left offset 0.6,0 font ",14" textcolor rgb "#000000"
set rmargin 7
set label 4 "65岁及以上人口占14.8%（深度老龄化社会）" at graph 0.5, graph 1 center offset 0,1.1 font ",14" textcolor rgb "#000000" front
# Source line
set bmargin 6.8
set label 99 "数据来源：示例县第七次全国人口普查领导小组办公室。" at screen 0.012, screen 0.02322 left front font ",13" textcolor rgb "#595959"
# The key, laid out by yp-plot (screen coordinates)
set object 201 rect from screen 0.4200, screen 0.0728 to screen 0.4550, screen 0.0897 fc rgb "#004488" fillstyle solid 1 noborder front
set label 202 "男" at screen 0.4650, screen 0.0813 left front textcolor rgb "#222222"
set object 205 rect from screen 0.5150, screen 0.0728 to screen 0.5500, screen 0.0897 fc rgb "#DDAA33" fillstyle solid 1 noborder front
set label 206 "女" at screen 0.5600, screen 0.0813 left front textcolor rgb "#222222"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,646 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "pyramid.svg"
pointscale = 0.4511
unset label 98
set tmargin 3
plot $data using (-$3/2):1:(-$3):(0):($1-0.4):($1+0.4) with boxxyerror lt 1 notitle, \
  $data using ($4/2):1:(0):($4):($1-0.4):($1+0.4) with boxxyerror lt 2 notitle, \
  $data using (-$3):1:(sprintf("%.1f", $3)) with labels right offset -0.4,0 font ",12" textcolor rgb "#222222" notitle, \
  $data using ($4):1:(sprintf("%.1f", $4)) with labels left offset 0.4,0 font ",12" textcolor rgb "#222222" notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1292 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "pyramid.png"
pointscale = 1.714
set label 98 "示例县2020年人口年龄金字塔" at screen 0.5, screen 0.9536 center font ",20" textcolor rgb "#222222"
set tmargin 5
replot
unset output
